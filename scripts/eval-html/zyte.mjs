// The Zyte article-extraction benchmark (../shared/data/zyte, or $ZYTE_PAGES): our
// story text and plain Readability + linkedom on the same decoded pages, scored with
// the benchmark's own metric (see shingles.mjs), on all pages and on each half (pages
// in id order, odd and even places) so that a rule can be checked on both.
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {matchShingles, pageF1, summarise} from './shingles.mjs'

/**
 * Score both extractors on every page. `ours(html)` returns `{story, all}` (story text,
 * and with boilerplate), `theirs(html)` the
 * extracted text ('' when they find nothing). Pages are decoded with `decode` (core's
 * `decodeText`), the same string going to both.
 */
export function evalZyte(root, {ours, theirs, decode}) {
  const truth = JSON.parse(readFileSync(join(root, 'ground-truth.json'), 'utf8'))
  const ids = Object.keys(truth).sort()
  const rows = []
  for (const id of ids) {
    const html = decode(gunzipSync(readFileSync(join(root, 'html', `${id}.html.gz`))))
    const expected = truth[id].articleBody ?? ''
    let story = ''
    let all = ''
    let error = ''
    try {
      ;({story, all} = ours(html))
    } catch (caught) {
      error = `${caught.name}: ${caught.code ?? caught.message}`
    }
    rows.push({
      id,
      url: truth[id].url,
      error,
      ours: matchShingles(story, expected),
      oursAll: matchShingles(all, expected),
      theirs: matchShingles(theirs(html), expected)
    })
  }
  return rows
}

/** Print the summary table (all pages, odd half, even half) and, with `verbose`, the pages where we lose most. */
export function printZyte(rows, root, verbose) {
  const fixed = (value) => value.toFixed(Number(process.env.DIGITS ?? 3))
  const halves = [['all', rows], ['odd', rows.filter((_, i) => i % 2 === 0)], ['even', rows.filter((_, i) => i % 2 === 1)]]
  console.log(`Zyte benchmark: ${rows.length} pages of ${root}; precision and recall averaged over pages, F1 of the means`)
  console.log('')
  console.log('| pages | ours P | ours R | **ours F1** | ours+bp F1 | readability P | readability R | **readability F1** |')
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [name, list] of halves) {
    const ours = summarise(list.map((row) => row.ours))
    const all = summarise(list.map((row) => row.oursAll))
    const theirs = summarise(list.map((row) => row.theirs))
    console.log(`| ${name} (${list.length}) | ${fixed(ours.precision)} | ${fixed(ours.recall)} | **${fixed(ours.f1)}** | ${fixed(all.f1)} | ${fixed(theirs.precision)} | ${fixed(theirs.recall)} | **${fixed(theirs.f1)}** |`)
  }
  const failed = rows.filter((row) => row.error)
  if (failed.length > 0) console.log(`\nno text on ${failed.length} pages: ${failed.map((row) => `${row.id.slice(0, 8)} (${row.error})`).join(', ')}`)
  if (!verbose) return
  console.log('\n| page | ours F1 | P | R | readability F1 | url |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  const scored = rows.map((row) => ({...row, f1: pageF1(row.ours), theirsF1: pageF1(row.theirs)})).sort((a, b) => a.f1 - b.f1)
  for (const row of scored.slice(0, 40)) {
    const {tp, fp, fn} = row.ours
    console.log(`| ${row.id.slice(0, 8)} | ${fixed(row.f1)} | ${fixed(tp + fp > 0 ? tp / (tp + fp) : 0)} | ${fixed(tp + fn > 0 ? tp / (tp + fn) : 0)} | ${fixed(row.theirsF1)} | ${row.url} |`)
  }
}
