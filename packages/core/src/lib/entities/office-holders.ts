import type {NameRun} from './find-name-runs.js'
import {roleWord} from './role-words.js'
import {titleHeads} from './titles.js'

/** Title heads that say how to address someone, not an office they hold ("Mr.", "Dr."). */
const honorifics: ReadonlySet<string> = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'mx', 'mx.', 'dr', 'dr.', 'prof.', 'professor', 'rev.', 'reverend', 'doctor'])

/**
 * The office a title written with a capital names ("former President" → "president",
 * "Texas Sen." → "senator"), or null: an honorific ("Mrs.") or a description in lower
 * case ("presidential candidate") names none.
 */
export function officeOf(title: string): string | null {
  const words = title.split(/\s+/)
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!
    const lower = word.toLowerCase()
    if (!titleHeads.has(lower) || honorifics.has(lower)) continue
    return word.charCodeAt(0) >= 65 && word.charCodeAt(0) <= 90 ? roleWord(lower) : null
  }
  return null
}

/** The offices the runs' titles name. */
function officesOf(runs: readonly NameRun[]): Set<string> {
  const offices = new Set<string>()
  for (const run of runs) {
    const office = run.title ? officeOf(run.title.text) : null
    if (office) offices.add(office)
  }
  return offices
}

/**
 * "President Pellow" after Jory Pellow and Ysolde Pellow, one of them titled "Secretary":
 * of the people sharing the surname, those the article gives that office, else those it
 * gives no office (the title does not move from one of a family to another given name);
 * all of them when the run's title names no office or none is left.
 */
export function sameOffice<C extends {runs: NameRun[]}>(clusters: C[], run: NameRun): C[] {
  if (clusters.length < 2 || !run.title) return clusters
  const office = officeOf(run.title.text)
  if (!office) return clusters
  const offices = clusters.map((cluster) => officesOf(cluster.runs))
  const holders = clusters.filter((_, c) => offices[c]!.has(office))
  if (holders.length > 0) return holders
  const free = clusters.filter((_, c) => offices[c]!.size === 0)
  return free.length > 0 ? free : clusters
}
