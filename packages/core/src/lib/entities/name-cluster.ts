import {genderOfGivenName, genderOfTitle} from './given-name-gender.js'
import {particles, type NameRun, type RoleRun} from './find-name-runs.js'
import type {Entity, EntityKind, Mention} from './types.js'

/** The mentions of one person, body or place an article names, gathered while reading it. */
export interface Cluster {
  kind: EntityKind
  /** Key of the last name word (people) or of the whole name. */
  key: string
  /** Key of the given name, when a full name was seen. */
  given: string | null
  /** Middle initials of the first full name that wrote them ("hw" for "H.W."), else null. */
  initials: string | null
  runs: NameRun[]
  roles: RoleRun[]
}

/**
 * "Ms. Pellow" after Ysolde and Jory Pellow: of the people with the surname, those
 * whose titles or given name do not give the other gender than the run's title
 * (all of them when it gives none, or every one does).
 */
export function sameGender(clusters: Cluster[], run: NameRun): Cluster[] {
  const gender = clusters.length > 1 && run.title ? genderOfTitle(run.title.text) : null
  if (!gender) return clusters
  const agree = clusters.filter((c) => { const other = clusterGender(c); return other === null || other === gender })
  return agree.length > 0 ? agree : clusters
}

/** The gender a person's titles say, else the given name of its first full name. */
function clusterGender(cluster: Cluster): 'male' | 'female' | null {
  for (const run of cluster.runs) {
    const gender = run.title ? genderOfTitle(run.title.text) : null
    if (gender) return gender
  }
  const full = cluster.runs.find((run) => run.words.length >= 2 && !particles.has(run.words[0]!.text.toLowerCase()))
  return full ? genderOfGivenName(full.words[0]!.text.replace(/\.$/, '')) : null
}

/** The cluster mentioned last before `at` (else the first one). */
export function nearest(clusters: Cluster[], at: number): Cluster {
  let best = clusters[0]!
  let bestAt = -1
  for (const c of clusters) for (const r of c.runs) if (r.start < at && r.start > bestAt) { best = c; bestAt = r.start }
  return best
}

/** The start of the cluster's last name run before `at`; runs after it rank below all those before. */
export function latestBefore(c: Cluster, at: number): number {
  let latest = -Infinity
  let earliestAfter = Infinity
  for (const r of c.runs) {
    if (r.start < at) { if (r.start > latest) latest = r.start } else if (r.start < earliestAfter) earliestAfter = r.start
  }
  return latest > -Infinity ? latest : earliestAfter - 1e9
}

export function first(c: Cluster): number {
  let at = Infinity
  for (const r of c.runs) if (r.start < at) at = r.start
  for (const r of c.roles) if (r.start < at) at = r.start
  return at
}

export function toEntity(cluster: Cluster, id: string): Entity {
  const counts = new Map<string, number>()
  const forms: string[] = []
  for (const run of cluster.runs) {
    if (!forms.includes(run.text)) forms.push(run.text)
    counts.set(run.text, (counts.get(run.text) ?? 0) + 1)
  }
  // The fullest form, most used: "Dorian Marle" over "Marle".
  const longest = Math.max(...cluster.runs.map((r) => r.words.length))
  let name = ''
  let best = -1
  for (const form of forms) {
    const run = cluster.runs.find((r) => r.text === form)!
    if (run.words.length === longest && counts.get(form)! > best) { name = form; best = counts.get(form)! }
  }
  const mentions: Mention[] = cluster.runs.map((run) => ({
    start: run.start, end: run.end, text: run.text, entity: id, title: run.title, possessive: run.possessive,
    kind: cluster.kind === 'person' && run.words.length === 1 && longest > 1 ? 'surname' : 'name'
  }))
  for (const role of cluster.roles) mentions.push({start: role.start, end: role.end, text: role.text, entity: id, title: null, possessive: false, kind: 'role'})
  mentions.sort((a, b) => a.start - b.start)
  return {id, kind: cluster.kind, name, forms, mentions}
}
