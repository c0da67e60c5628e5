import {expectArticle} from '../article/expect-article.js'
import {pushTo} from '../push-to.js'
import type {Article} from '../types.js'
import {findNameRuns, particles, type NameRun, type RoleRun} from './find-name-runs.js'
import {nameKey} from './name-key.js'
import {headingName} from './name-heading-runs.js'
import {sameOffice} from './office-holders.js'
import {middleInitials} from './person-name.js'
import {appositiveRoles, cutShort} from './role-words.js'
import {first, nearest, sameGender, toEntity, type Cluster} from './name-cluster.js'
import {resolveRole} from './resolve-role.js'
import type {ArticleEntities, Entity, EntityKind, Mention} from './types.js'

/**
 * Find the people, organisations and places an article mentions, and join the
 * mentions of each within the article: full names, surnames alone ("Marinov"),
 * titles with names ("Varik's aide Ilya Marinov") and role nouns ("the American
 * president", joined to the person whose title names that role and country).
 *
 * Rules and word lists only (titles, organisation words, a small gazetteer). Known
 * limits: a lone capitalised word that no list knows is taken for a person when it
 * appears inside a sentence; two people sharing a surname are told apart only by
 * their given names; pronouns are resolved by `findQuotes`, not here.
 *
 * @throws {TypeError} when `article` is not an Article (a string of text, say).
 */
export function findEntities(article: Article): ArticleEntities {
  expectArticle(article)
  const runs: NameRun[] = []
  const roles: RoleRun[] = []
  for (const block of article.blocks) {
    if (block.kind === 'boilerplate') continue
    const found = findNameRuns(article.text, block.start, block.end)
    // Headings are in title case: their capitals prove nothing, so a run there only
    // joins a name the body has, unless a title or a word list types it.
    const heading = block.kind === 'heading'
    for (const run of found.names) runs.push(heading && run.kind !== 'place' && run.kind !== 'organization' && !run.title ? {...run, kind: 'unknown', sentenceStart: true, heading: true} : run)
    for (const role of found.roles) roles.push(role)
  }
  const clusters: Cluster[] = []
  // Lookups by key: people by surname key, every cluster by kind and key.
  const people = new Map<string, Cluster[]>()
  const byKey: Record<EntityKind, Map<string, Cluster>> = {person: new Map(), organization: new Map(), place: new Map()}
  const add = (cluster: Cluster) => {
    clusters.push(cluster)
    if (cluster.kind === 'person') {
      const same = people.get(cluster.key)
      if (same) same.push(cluster)
      else people.set(cluster.key, [cluster])
    }
    const kindKeys = byKey[cluster.kind]
    if (!kindKeys.has(cluster.key)) kindKeys.set(cluster.key, cluster)
  }
  // Keys of lone words seen capitalised mid-sentence somewhere in the article.
  const midSentence = new Set<string>()
  for (const run of runs) if (!run.sentenceStart) midSentence.add(nameKey(run.text))
  // People with a given name and a surname first, so that lone surnames anywhere
  // (even in a headline before the full name) join them.
  for (const run of runs) {
    if (run.kind !== 'person' || run.words.length < 2 || run.heading) continue
    const key = nameKey(run.words[run.words.length - 1]!.text)
    // "Von der Halde" opens with a particle, not a given name.
    const given = particles.has(run.words[0]!.text.toLowerCase()) ? null : nameKey(run.words[0]!.text)
    // "George H.W. X" and "George W. X" are two people (middle initials that differ).
    const initials = run.words.length > 2 ? middleInitials(run.words.slice(1, -1).map((word) => word.text)) : null
    const same = people.get(key)
    let cluster = same?.find((c) => sameFullName(c, given, initials))
    // "George X" after "George H.W. X" and "George W. X": the one named last before it, not the first.
    if (cluster && initials === null && cluster.initials !== null && same!.length > 1) {
      const either = same!.filter((c) => sameFullName(c, given, initials))
      if (either.length > 1) cluster = nearest(either, run.start)
    }
    if (cluster) {
      cluster.runs.push(run)
      cluster.given ??= given
      cluster.initials ??= initials
    } else add({kind: 'person', key, given, initials, runs: [run], roles: []})
  }
  for (const found of runs) {
    if (found.kind === 'person' && found.words.length >= 2 && !found.heading) continue
    const personal = found.kind === 'person' || found.kind === 'unknown'
    // A person's key is the last name word's; an organisation's or a place's, the whole name's.
    const key = personal ? nameKey(found.words[found.words.length - 1]!.text) : wholeKey(found)
    const person = personal ? people.get(key) : undefined
    // "Hiker Slams Jane Roe": a heading's run joins a person the body names only as a name the body writes.
    const run = person !== undefined && person.length > 0 && found.heading && found.kind === 'unknown' ? headingName(article.text, found, person) : found
    if (run === null) continue
    if (person !== undefined && person.length > 0) {
      nearest(sameOffice(sameGender(person, run), run), run.start).runs.push(run)
      continue
    }
    if (run.kind === 'unknown') {
      // Headings and plural-looking words ("Falconets") only join names the body has ("Hollins").
      if (run.heading || run.plural) continue
      // A lone capitalised word: a person if it is capitalised mid-sentence somewhere,
      // or opens a sentence followed by a verb ("Horvasky dismissed", "Marle was").
      if (run.sentenceStart && !run.verbAfter && !midSentence.has(nameKey(run.text))) continue
    }
    const kind: EntityKind = run.kind === 'unknown' ? 'person' : run.kind
    const same = byKey[kind].get(key)
    if (same) same.runs.push(run)
    else add({kind, key, given: null, initials: null, runs: [run], roles: []})
  }
  const titleWords = new Map<NameRun, string[]>()
  // "Anselm Vorhees, the transport minister,": the role set off beside a name is that
  // person's, there and wherever the article says "the minister" after.
  const clusterOf = new Map<NameRun, Cluster>()
  for (const cluster of clusters) if (cluster.kind === 'person') for (const run of cluster.runs) clusterOf.set(run, cluster)
  const besideName = new Map<RoleRun, Cluster>()
  const heldRoles = new Map<Cluster, RoleRun[]>()
  for (const {role, run} of appositiveRoles(article.text, runs, roles)) {
    const cluster = clusterOf.get(run)
    if (!cluster) continue
    besideName.set(role, cluster)
    pushTo(heldRoles, cluster, role)
  }
  // "The deputy" cut from "the deputy attorney general" names no one by a role held beside a name.
  const noneHeld = new Map<Cluster, RoleRun[]>()
  for (const role of roles) {
    // "a spokeswoman", "Orlo's aide": a loose role names the person it is set beside, no one else.
    if (role.loose && !besideName.has(role)) continue
    const target = besideName.get(role) ?? resolveRole(clusters, role, titleWords, cutShort(article.text, role) ? noneHeld : heldRoles)
    if (target) target.roles.push(role)
  }
  const firsts = new Map<Cluster, number>()
  for (const cluster of clusters) firsts.set(cluster, first(cluster))
  clusters.sort((a, b) => firsts.get(a)! - firsts.get(b)!)
  const entities: Entity[] = clusters.map((cluster, index) => toEntity(cluster, `e${index + 1}`))
  const mentions: Mention[] = []
  for (const entity of entities) for (const mention of entity.mentions) mentions.push(mention)
  mentions.sort((a, b) => a.start - b.start)
  return {article: article.id, entities, mentions}
}

/** Whether a full name may be the cluster's person: given names that agree, and middle initials the same where both write them. */
function sameFullName(c: Cluster, given: string | null, initials: string | null): boolean {
  return (c.initials === null || initials === null || c.initials === initials) && (c.given === null || given === null || compatibleGiven(c.given, given))
}

function compatibleGiven(a: string, b: string): boolean {
  return a === b || a[0] === b[0] && (a.length === 1 || b.length === 1)
}

function wholeKey(run: NameRun): string {
  return run.words.map((w) => nameKey(w.text)).join(' ')
}
