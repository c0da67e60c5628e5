import type {NameRun, RoleRun} from './find-name-runs.js'
import {latestBefore, type Cluster} from './name-cluster.js'
import {countryByWord} from './places.js'
import {roleWord} from './role-words.js'
import {subordinateRanks} from './titles.js'

/**
 * A role noun joins the person whose title has the same head word ("president"; "Sen."
 * for "the senator") or who was given that role beside their name ("Vorhees, the
 * minister,") and, when the role names a country ("the American president"), a title
 * naming that country ("U.S. President"); the one mentioned last before the role wins.
 */
export function resolveRole(clusters: Cluster[], role: RoleRun, titleWords: Map<NameRun, string[]>, heldRoles: ReadonlyMap<Cluster, RoleRun[]>): Cluster | null {
  let best: Cluster | null = null
  let bestAt = -1
  const head = roleWord(role.head)
  const text = role.text.toLowerCase()
  for (const c of clusters) {
    if (c.kind !== 'person') continue
    let holds = !role.country && (heldRoles.get(c)?.some((held) => roleWord(held.head) === head && sameRank(held.text.toLowerCase().split(/\s+/).slice(0, -1), text)) ?? false)
    for (const run of c.runs) {
      if (holds || !run.title) continue
      let words = titleWords.get(run)
      if (words === undefined) {
        words = run.title.text.toLowerCase().split(/\s+/).map((w) => roleWord(w.replace(/[’']s$/, '')))
        titleWords.set(run, words)
      }
      const at = words.indexOf(head)
      if (at < 0) continue
      if (!sameRank(words.slice(0, at), text)) continue
      if (role.country && !words.some((w) => countryByWord.get(w) === role.country)) continue
      holds = true
    }
    if (!holds) continue
    // Titled once, the person holds the role: their latest mention of any form before
    // it counts ("President Ames … President Lind of Norway … Mr. Ames said … the president").
    const when = latestBefore(c, role.start)
    if (when > bestAt || best === null) { best = c; bestAt = when }
  }
  return best
}

/**
 * "Vice President Nick Holme" is not "the president"; "the vice president" is. "The
 * former senator" is not the one the article titles "Sen." now.
 */
function sameRank(titleWordsBefore: readonly string[], role: string): boolean {
  const rank = titleWordsBefore.at(-1)
  if (/\b(?:former|ex-)/.test(role) && !titleWordsBefore.some((w) => w === 'former' || w.startsWith('ex-'))) return false
  return rank === undefined || !subordinateRanks.has(rank) || role.includes(rank)
}
