/**
 * An invented story for the browser tests: five outlets on one council vote in the
 * invented town of Riverton, served as `corroborate serve` serves a manifest: paths
 * as files, the outlet and the date in the metadata, one outlet left unnamed.
 */

interface Version {
  file: string
  outlet: string | null
  millions: number
  weeks: number
  quote: string
  extra?: string
}

const versions: Version[] = [
  {file: 'stories/riverton/ledger.txt', outlet: 'Riverton Ledger', millions: 12, weeks: 6, quote: 'We will rebuild the Alder Street bridge by May, and we will do it safely'},
  {file: 'stories/riverton/courier.txt', outlet: 'Valley Courier', millions: 15, weeks: 6, quote: 'We will rebuild the Alder Street bridge by May, and we will do it safely'},
  {file: 'stories/riverton/post.txt', outlet: 'North Star Post', millions: 12, weeks: 8, quote: 'We will rebuild the Alder Street bridge by June, and we will do it safely'},
  {file: 'stories/riverton/herald.txt', outlet: 'Lakeside Herald', millions: 12, weeks: 6, quote: 'We will rebuild the Alder Street bridge by May, and we will do it safely',
    extra: 'Resident Mira Castell said 40 families on Alder Street had asked the council for a footbridge during the works.'},
  {file: 'stories/riverton/wire-copy.txt', outlet: null, millions: 12, weeks: 6, quote: 'We will rebuild the Alder Street bridge by May, and we will do it safely'}
]

function text(version: Version): string {
  return [
    'Riverton council approves bridge repairs',
    '',
    `The Riverton city council approved ${version.millions} million dollars for bridge repairs on Monday.`,
    '',
    `"${version.quote}," said Mayor Dana Okafor.`,
    '',
    `Engineer Tomas Brill said the work would close two lanes for ${version.weeks} weeks.`,
    '',
    ...(version.extra ? [version.extra, ''] : []),
    'Work starts next week.'
  ].join('\n')
}

/** The outlets the story names, in story order (the unnamed one goes by its file's stem). */
export const rivertonOutlets = versions.map((version) => version.outlet ?? version.file.replace(/^.*\//, '').replace(/\.txt$/, ''))

/** The folder every file sits in: it must never show on the page. */
export const rivertonFolder = 'stories/riverton'

/** `corroborate-articles.json` as `corroborate serve story.yaml` writes it. */
export function rivertonArticles(): string {
  return JSON.stringify({articles: versions.map((version) => ({
    file: version.file,
    text: text(version),
    outlet: version.outlet ?? version.file.replace(/^.*\//, '').replace(/\.txt$/, ''),
    format: 'text',
    metadata: {outlet: version.outlet ?? undefined, published: '2031-04-08'}
  }))})
}
