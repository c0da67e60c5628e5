import type {JsonLdArticle} from './json-ld.js'

/**
 * The headline among the page's titles. JSON-LD `name` and `headline` usually agree;
 * where they differ (a site that puts its own name in `name`), the one closer to the
 * document title wins, as in Readability. When the social-card title (`og:title`,
 * `twitter:title`) is that headline without a tail after a separator ("Council
 * approves bridge" against "Council approves bridge - Dana Okafor - Riverton Notes"),
 * the tail is the author's or the site's name, not the headline's: the shorter wins.
 */
export function pickHeadline(ld: JsonLdArticle, documentTitle: string, card: string | undefined): string | undefined {
  const structured = ld.name && ld.headline && ld.name !== ld.headline
    ? (similarity(ld.headline, documentTitle) > 0.75 && similarity(ld.name, documentTitle) <= 0.75 ? ld.headline : ld.name)
    : ld.name ?? ld.headline
  if (structured && card && extendsBySeparator(structured, card)) return card
  return structured
}

/**
 * The title to read when the page has no title metadata. Readability (the version
 * bundled) cuts a `<title>` at its last colon when it sees no separator, and it does
 * not yet count en and em dashes as separators: "Tidewater: Building the Harbour
 * Wall — Riverton Notes" loses "Tidewater:". When the page's `<title>` has such a
 * dash and ends with Readability's title, the whole `<title>` is read instead, for
 * the dash rule (`trimDashSuffix`) to trim.
 */
export function fallbackTitle(readabilityTitle: string, documentTitle: string): string {
  const cut = readabilityTitle.replace(/\s+/g, ' ').trim()
  if (cut === '' || documentTitle === cut || !documentTitle.endsWith(cut)) return readabilityTitle
  if (!/\s[–—]\s/.test(documentTitle) || !/:\s*$/.test(documentTitle.slice(0, documentTitle.length - cut.length))) return readabilityTitle
  return documentTitle
}

/** Whether `long` is `short` followed by a separator between spaces and a few more words. */
function extendsBySeparator(long: string, short: string): boolean {
  const head = short.replace(/\s+/g, ' ').trim()
  const whole = long.replace(/\s+/g, ' ').trim()
  if (head === '' || whole.length <= head.length || !whole.startsWith(head)) return false
  // Not a colon: what follows one is a subtitle. A tail of names is short.
  const tail = whole.slice(head.length)
  return /^\s+[|\-–—·•»/\\]\s+\S/.test(tail) && tail.trim().split(' ').length <= 9
}

/** Readability's `_textSimilarity`: 1 minus the share of `b`'s tokens not in `a`. */
function similarity(a: string, b: string): number {
  const tokensA = new Set(a.toLowerCase().split(/\W+/).filter(Boolean))
  const tokensB = b.toLowerCase().split(/\W+/).filter(Boolean)
  if (tokensA.size === 0 || tokensB.length === 0) return 0
  const unique = tokensB.filter((token) => !tokensA.has(token))
  return 1 - unique.join(' ').length / tokensB.join(' ').length
}
