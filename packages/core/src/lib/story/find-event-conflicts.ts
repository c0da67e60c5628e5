import type {StanceCue} from '../claims/types.js'
import {eventHedges, eventKindOf} from './event-words.js'
import {compatible, clusterMentions} from './cluster-event-mentions.js'
import {findMentions, tokensOfText, type Mention, type Token} from './event-mentions.js'
import type {Conflict, StoryClaim} from './types.js'
import {memberWith} from './conflict-member.js'
import {acrossMidnightConfidence, dayAfter, daysDiffer, readableDay} from './event-day-keys.js'
import {findPlaceConflicts, type PlaceSpan} from './find-place-conflicts.js'

export {namesEvent} from './event-mentions.js'

/** What conflict-finding needs to know of a claim besides the claim itself. */
export interface ClaimContext {
  /** The words that make the claim's stance, with offsets into its article. */
  cues: readonly StanceCue[]
  /** The cross-article id of who asserts it (a named source), or null for the outlet. */
  assertor: string | null
}

/** A source's own doubt that an event happened: "maybe it did not take place", "a fabrication". */
const doubtPattern = /(?<![\p{L}])(?:maybe|perhaps|possibly|doubts?|doubted|doubtful|questioned whether|not sure|unclear whether|did(?:n['’]t| not) (?:take place|happen|occur)|never (?:took place|happened|occurred)|fabricat\p{L}*|hoax|fake|staged|lies?)(?![\p{L}])/iu

/**
 * Conflicts about events, across claim groups: two outlets that date one event to
 * different days ("the attack on May 4" / "Norland's May 3 attack"), one outlet
 * that states an event as fact where another calls it alleged, and one person
 * reported doubting or denying an event by one outlet and speaking of it as real by
 * another.
 *
 * Events are found by their words (attack, strike, call, meeting, election…, by
 * kind) with what surrounds them: two mentions of one kind are one event when they
 * share two content words and what they are aimed at ("an attack on X") does not
 * differ; "the attack" with nothing more refers to the event of that kind its
 * article names most. A date belongs to an event when nothing but its own phrases
 * stand between them ("attack X with drones on May 4", "the May 3 attack"), not
 * across a comma or a clause ("told reporters on May 4 that … the strike"). An
 * outlet that dates two events of one kind to two days, or calls one "a second
 * call", has several events, not a conflict.
 */
export function findEventConflicts(claims: readonly StoryClaim[], contextOf: (claim: StoryClaim) => ClaimContext,
  placesOf?: (claim: StoryClaim) => readonly PlaceSpan[]): Array<Omit<Conflict, 'id'>> {
  // A sentence's words are read once per sentence text: copies of it in many outlets share them (tokens are only read).
  // A text with no event word names no event (null): its copies are not read again.
  const tokensByText = new Map<string, readonly Token[] | null>()
  const mentions = claims.flatMap((claim) => {
    let tokens = tokensByText.get(claim.text)
    if (tokens === undefined) {
      tokens = tokensOfText(claim.text)
      if (!tokens.some((token) => eventKindOf.has(token.lower))) tokens = null
      tokensByText.set(claim.text, tokens)
    }
    return tokens === null ? [] : findMentions(claim, tokens)
  })
  const clusters = clusterMentions(mentions)
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  for (const cluster of clusters) {
    if (new Set(cluster.map((m) => m.claim.file)).size < 2) continue
    const name = cluster[0]!.kind
    const date = dateConflict(cluster, name)
    if (date) conflicts.push(date)
    const hedge = hedgeConflict(cluster, name)
    if (hedge) conflicts.push(hedge)
    conflicts.push(...positionConflicts(cluster, name, contextOf))
  }
  // One event put in different places (find-place-conflicts.ts): its own pairing, as places split clusters.
  if (placesOf) conflicts.push(...findPlaceConflicts(claims, mentions, placesOf))
  return conflicts
}

/**
 * Different days for one event, each outlet giving one. A day given at its end
 * ("midnight March 14", "late Thursday") against the next day may be one moment told
 * on either side of midnight: still raised, as the outlets' days differ as written,
 * but at the least confidence that is raised, and the reason says so.
 */
function dateConflict(cluster: readonly Mention[], kind: string): Omit<Conflict, 'id'> | null {
  const dated = cluster.filter((m) => m.days.length > 0)
  if (dated.some((m) => m.serial)) return null
  const perFile = new Map<string, Set<string>>()
  for (const mention of dated) {
    if (!perFile.has(mention.claim.file)) perFile.set(mention.claim.file, new Set())
    for (const day of mention.days) perFile.get(mention.claim.file)!.add(day)
  }
  // An outlet that gives two days has two events of the kind, not a conflict.
  if (perFile.size < 2 || [...perFile.values()].some((days) => days.size > 1)) return null
  const days = new Set(dated.flatMap((m) => m.days))
  if (days.size < 2) return null
  const pairs = dated.flatMap((a) => dated.filter((b) => b.claim.file !== a.claim.file && daysDiffer(a.days[0]!, b.days[0]!) && compatible(a, b)).map((b) => [a, b] as const))
  const differing = unique(pairs.map(([a]) => a))
  if (new Set(differing.map((m) => m.claim.file)).size < 2) return null
  const edge = pairs.every(([a, b]) => atEdge(a, b) || atEdge(b, a))
  const shown = (m: Mention) => readableDay(m.days[0]!)
  return {
    kind: 'date', group: null, confidence: edge ? acrossMidnightConfidence : 0.6,
    reason: edge
      ? `the same ${kind} is named in each sentence; one outlet gives the end of a day, another the next day: one moment either side of midnight, or a day apart`
      : `the same ${kind} is named in each sentence and each outlet gives it one day`,
    summary: `the ${kind} is dated ${[...new Set(differing.map(shown))].sort().join(' vs ')}`,
    members: uniqueClaims(differing).map((m) => memberWith(m.claim, shown(m)))
  }
}

/** Whether `a` gives the end of a day and `b` the next day. */
function atEdge(a: Mention, b: Mention): boolean {
  return a.endDays.includes(a.days[0]!) && dayAfter(a.days[0]!, b.days[0]!)
}

/** One outlet states the event as fact where another calls it alleged. */
function hedgeConflict(cluster: readonly Mention[], kind: string): Omit<Conflict, 'id'> | null {
  const hedged = cluster.filter((m) => m.hedge)
  const stated = cluster.filter((m) => !m.hedge && m.claim.stance === 'asserted')
  const hedgedFiles = new Set(hedged.map((m) => m.claim.file))
  const statedOnly = stated.filter((m) => !hedgedFiles.has(m.claim.file))
  if (hedged.length === 0 || statedOnly.length === 0) return null
  return {
    kind: 'stance', group: null, confidence: 0.6,
    reason: `one outlet calls the ${kind} by a hedge word where another states it`,
    summary: `the ${kind} is stated as fact by ${unique(statedOnly.map((m) => m.claim.file)).join(', ')}; called ${unique(hedged.map((m) => `"${m.hedge}" by ${m.claim.file}`)).join(', ')}`,
    members: [...uniqueClaims(statedOnly).map((m) => memberWith(m.claim, 'stated')), ...uniqueClaims(hedged).map((m) => memberWith(m.claim, m.hedge!))]
  }
}

/**
 * One source reported doubting or denying the event by one outlet, and speaking of
 * it as real by another. The doubt must be the source's ("maybe it did not take
 * place"), not an outlet's "alleged" before the event word.
 */
function positionConflicts(cluster: readonly Mention[], kind: string, contextOf: (claim: StoryClaim) => ClaimContext): Array<Omit<Conflict, 'id'>> {
  const eventHedgeAt = new Set(cluster.filter((m) => m.hedge).map((m) => m.claim))
  const bySource = new Map<string, {doubt: Mention[], real: Mention[]}>()
  for (const mention of cluster) {
    const context = contextOf(mention.claim)
    if (!context.assertor) continue
    const distancing = context.cues.some((cue) => cue.kind !== 'attribution' && !(eventHedgeAt.has(mention.claim) && eventHedges.has(cue.text.toLowerCase())))
    const doubts = doubtPattern.test(mention.claim.text)
    const entry = bySource.get(context.assertor) ?? {doubt: [], real: []}
    bySource.set(context.assertor, entry)
    if (doubts || (distancing && (mention.claim.stance === 'hedged' || mention.claim.stance === 'denied'))) entry.doubt.push(mention)
    else if ((mention.claim.stance === 'attributed' || mention.claim.stance === 'asserted') && !mention.hedge) entry.real.push(mention)
  }
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  for (const {doubt, real} of bySource.values()) {
    const doubtFiles = new Set(doubt.map((m) => m.claim.file))
    const realOther = real.filter((m) => !doubtFiles.has(m.claim.file))
    if (doubt.length === 0 || realOther.length === 0) continue
    const source = doubt[0]!.claim.assertor ?? 'the source'
    conflicts.push({
      kind: 'stance', group: null, confidence: 0.5,
      reason: 'the same source is reported doubting the event in one outlet and treating it as real in another',
      summary: `${source} doubts or denies the ${kind} in ${unique(doubt.map((m) => m.claim.file)).join(', ')} but speaks of it as real in ${unique(realOther.map((m) => m.claim.file)).join(', ')}`,
      members: [...uniqueClaims(doubt).map((m) => memberWith(m.claim, m.claim.stance)), ...uniqueClaims(realOther).map((m) => memberWith(m.claim, m.claim.stance))]
    })
  }
  return conflicts
}

function uniqueClaims(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<StoryClaim>()
  return mentions.filter((m) => !seen.has(m.claim) && seen.add(m.claim))
}

function unique<T>(list: readonly T[]): T[] {
  return [...new Set(list)]
}
