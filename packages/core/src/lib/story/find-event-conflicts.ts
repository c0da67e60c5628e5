import type {StanceCue} from '../claims/types.js'
import {calendarWords, clauseWords, eventHedges, eventKindOf, targetPrepositions, vagueWords, withKinds} from './event-words.js'
import type {Conflict, StoryClaim} from './types.js'
import {memberOf} from './conflict-member.js'

/** What conflict-finding needs to know of a claim besides the claim itself. */
export interface ClaimContext {
  /** The words that make the claim's stance, with offsets into its article. */
  cues: readonly StanceCue[]
  /** The cross-article id of who asserts it (a named source), or null for the outlet. */
  assertor: string | null
}

/** One place a claim names an event ("Norland's May 3 attack on Varik's depot"). */
interface Mention {
  claim: StoryClaim
  kind: string
  /** Offsets of the event word in the article. */
  start: number
  end: number
  /** Content words around it, normalised: who, what, where. */
  args: Set<string>
  /** What it is aimed at ("on Varik's depot" → putin, residence). */
  target: Set<string>
  /** A hedge right before it ("the alleged attack"). */
  hedge: string | null
  /** "the attack", "this strike": a reference back to an event named before. */
  definite: boolean
  /** "a second call", "another strike": one of several events of the kind. */
  serial: boolean
  /** Days the sentence dates this very event to. */
  days: string[]
}

interface Token {key: string, lower: string, start: number, end: number, boundaryBefore: boolean}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const boundaryGap = /[,;:()[\]—–"“”‘’?!]/
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our'])
const definiteDeterminers = new Set(['the', 'this', 'that', 'these', 'those'])
const serialWords = new Set(['first', 'second', 'third', 'fourth', 'another', 'latest', 'previous', 'earlier', 'new', 'last', 'next', 'follow-up', 'fresh', 'renewed', 'subsequent', 'further', 'other', 'separate'])
/** A source's own doubt that an event happened: "maybe it did not take place", "a fabrication". */
const doubtPattern = /(?<![\p{L}])(?:maybe|perhaps|possibly|doubts?|doubted|doubtful|questioned whether|not sure|unclear whether|did(?:n['’]t| not) (?:take place|happen|occur)|never (?:took place|happened|occurred)|fabricat\p{L}*|hoax|fake|staged|lies?)(?![\p{L}])/iu

/** Verbs that start what is said about the event: its phrase ends before them. */
const predicateStarts = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'not'])

const functionWords = new Set([...determiners, ...clauseWords, ...targetPrepositions, 'with', 'to', 'for', 'by', 'from', 'about', 'over', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'did', 'does', 'do', 'not', 'no', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'also', 'very', 'all', 'any', 'what'])

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
export function findEventConflicts(claims: readonly StoryClaim[], contextOf: (claim: StoryClaim) => ClaimContext): Array<Omit<Conflict, 'id'>> {
  // A sentence's words are read once per sentence text: copies of it in many outlets share them (tokens are only read).
  const tokensByText = new Map<string, Token[]>()
  const mentions = claims.flatMap((claim) => {
    let tokens = tokensByText.get(claim.text)
    if (!tokens) tokensByText.set(claim.text, tokens = tokensOf(claim.text))
    return findMentions(claim, tokens)
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
  return conflicts
}

/** Normalised key of a word: lower case, possessive and plural dropped. */
function keyOf(lower: string): string {
  const word = lower.replace(/['’]s?$/, '')
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

function tokensOf(text: string): Token[] {
  const tokens: Token[] = []
  let last = 0
  for (const match of text.matchAll(wordPattern)) {
    const lower = match[0].toLowerCase()
    tokens.push({key: keyOf(lower), lower, start: match.index, end: match.index + match[0].length, boundaryBefore: boundaryGap.test(text.slice(last, match.index))})
    last = match.index + match[0].length
  }
  return tokens
}

/** A word that says which event it is: not a function word, number, month or vague word. */
function isContent(token: Token): boolean {
  return token.key.length > 1 && !functionWords.has(token.lower) && !vagueWords.has(token.lower) && !calendarWords.has(token.key) &&
    !/^\d/.test(token.key) && !eventKindOf.has(token.lower) && !serialWords.has(token.lower) && !eventHedges.has(token.lower)
}

/** Whether a sentence names an event of a known kind (an attack, a call, a storm…). */
export function namesEvent(text: string): boolean {
  for (const match of text.matchAll(wordPattern)) if (eventKindOf.has(match[0].toLowerCase())) return true
  return false
}

function findMentions(claim: StoryClaim, tokens: readonly Token[]): Mention[] {
  const mentions: Array<Mention & {index: number}> = []
  tokens.forEach((token, index) => {
    const kind = eventKindOf.get(token.lower)
    if (!kind) return
    // "phone call": one mention, at its last word.
    const next = tokens[index + 1]
    if (next && !next.boundaryBefore && eventKindOf.get(next.lower) === kind) return
    const args = new Set<string>()
    let hedge: string | null = null
    let definite = false
    let serial = false
    // Left: modifiers back to a determiner or a break ("Norland's May 3 attack").
    for (let i = index - 1, step = 0; i >= 0 && step < 4; i--, step++) {
      const left = tokens[i]!
      if (tokens[i + 1]!.boundaryBefore) break
      if (eventHedges.has(left.lower)) hedge = left.lower
      if (serialWords.has(left.lower)) serial = true
      if (determiners.has(left.lower)) {
        definite = definiteDeterminers.has(left.lower)
        break
      }
      if (clauseWords.has(left.lower) || (functionWords.has(left.lower) && left.lower !== 'of')) break
      if (isContent(left)) args.add(left.key)
    }
    // Right: what it is aimed at, then the rest of its phrase, up to a break or a clause.
    const target = new Set<string>()
    let i = index + 1
    const first = tokens[i]
    const aimed = first && !first.boundaryBefore && (targetPrepositions.has(first.lower) || (first.lower === 'with' && withKinds.has(kind)))
    if (aimed) i++
    let inTarget = Boolean(aimed) || Boolean(first && !first.boundaryBefore && (determiners.has(first.lower) || /^\p{Lu}/u.test(claim.text.slice(first.start, first.end))))
    for (let step = 0; i < tokens.length && step < 10; i++, step++) {
      const right = tokens[i]!
      if (right.boundaryBefore || clauseWords.has(right.lower) || eventKindOf.has(right.lower) || predicateStarts.has(right.lower)) break
      if (inTarget && (targetPrepositions.has(right.lower) || right.lower === 'with' || right.lower === 'to' || right.lower === 'by')) inTarget = false
      if (!isContent(right)) continue
      args.add(right.key)
      if (inTarget && target.size < 4) target.add(right.key)
    }
    mentions.push({claim, kind, index, start: claim.start + token.start, end: claim.start + token.end, args, target, hedge, definite, serial, days: []})
  })
  attachDays(claim, tokens, mentions)
  return mentions
}

/** Give each day-date of the claim to the event it dates: the nearest mention with no break between. */
function attachDays(claim: StoryClaim, tokens: readonly Token[], mentions: Array<Mention & {index: number}>): void {
  if (mentions.length === 0) return
  for (const date of claim.dates) {
    if (!date.from || date.from !== date.to) continue
    const at = claim.text.indexOf(date.text)
    if (at < 0) continue
    const first = tokens.findIndex((token) => token.start >= at)
    const last = tokens.findLastIndex((token) => token.end <= at + date.text.length)
    if (first < 0 || last < first) continue
    let best: {mention: Mention, distance: number} | null = null
    // "killed on May 4 when a blast tore through …": a "when" right after the date opens
    // a clause of the same time, so the event it names first is dated too.
    const when = tokens[last + 1]?.lower === 'when' ? last + 1 : -1
    for (const mention of mentions) {
      const [from, to] = mention.index < first ? [mention.index, first] : [last, mention.index]
      if (from === last && to === last) continue
      const across = when > 0 && from === last && to - when <= whenReach
      let broken = false
      for (let i = across ? when + 1 : from + 1; i <= to && !broken; i++) {
        if (tokens[i]!.boundaryBefore || (i < to && clauseWords.has(tokens[i]!.lower))) broken = true
      }
      const distance = to - from
      if (!broken && (!best || distance < best.distance)) best = {mention, distance}
    }
    if (best && !best.mention.days.includes(date.from)) best.mention.days.push(date.from)
  }
}

/** Words after "when" within which the event it dates must stand ("when *an explosion*", "when a car *bomb*"). */
const whenReach = 4

function compatible(a: Mention, b: Mention): boolean {
  if (a.target.size === 0 || b.target.size === 0) return true
  for (const word of a.target) if (b.target.has(word)) return true
  return false
}

/**
 * One cluster per event: specific mentions (two content words or a target) meet
 * through any pair of words they share (a bucket per kind and word pair, so the
 * work grows with the mentions, not their square); then a bare "the attack" joins
 * the biggest cluster of its kind in its own article.
 */
function clusterMentions(mentions: readonly Mention[]): Mention[][] {
  const parent = mentions.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b)
  }
  const specific = (m: Mention) => m.args.size >= 2 || m.target.size > 0
  const buckets = new Map<string, number[]>()
  mentions.forEach((mention, index) => {
    if (!specific(mention)) return
    const words = [...mention.args].sort().slice(0, 12)
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b < words.length; b++) {
        const key = `${mention.kind}\u0000${words[a]}\u0000${words[b]}`
        const list = buckets.get(key)
        if (!list) {
          buckets.set(key, [index])
          continue
        }
        const match = list.find((other) => compatible(mentions[other]!, mention))
        if (match === undefined) list.push(index)
        else union(index, match)
      }
    }
  })
  const groups = new Map<number, number[]>()
  mentions.forEach((_, index) => {
    const root = find(index)
    if (!groups.has(root)) groups.set(root, [])
    groups.get(root)!.push(index)
  })
  // Bare references join their article's main event of the kind.
  const main = new Map<string, {root: number, size: number}>()
  for (const [root, members] of groups) {
    if (members.length < 2 && !specific(mentions[members[0]!]!)) continue
    for (const file of new Set(members.map((i) => mentions[i]!.claim.file))) {
      const key = `${file}\u0000${mentions[root]!.kind}`
      const size = members.filter((i) => mentions[i]!.claim.file === file).length + members.length / 1000
      if (!main.has(key) || main.get(key)!.size < size) main.set(key, {root, size})
    }
  }
  mentions.forEach((mention, index) => {
    if (specific(mention) || !mention.definite) return
    const home = main.get(`${mention.claim.file}\u0000${mention.kind}`)
    if (home && find(home.root) !== find(index)) union(index, home.root)
  })
  const clusters = new Map<number, Mention[]>()
  mentions.forEach((mention, index) => {
    const root = find(index)
    if (!clusters.has(root)) clusters.set(root, [])
    clusters.get(root)!.push(mention)
  })
  return [...clusters.values()]
}

/** Different days for one event, each outlet giving one. */
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
  const differing = dated.filter((a) => dated.some((b) => b.claim.file !== a.claim.file && b.days[0] !== a.days[0] && compatible(a, b)))
  if (new Set(differing.map((m) => m.claim.file)).size < 2) return null
  return {
    kind: 'date', group: null, confidence: 0.6,
    reason: `the same ${kind} is named in each sentence and each outlet gives it one day`,
    summary: `the ${kind} is dated ${[...new Set(differing.map((m) => m.days[0]!))].sort().join(' vs ')}`,
    members: uniqueClaims(differing).map((m) => ({...memberOf(m.claim), value: m.days[0]!}))
  }
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
    members: [...uniqueClaims(statedOnly).map((m) => ({...memberOf(m.claim), value: 'stated'})), ...uniqueClaims(hedged).map((m) => ({...memberOf(m.claim), value: m.hedge!}))]
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
      members: [...uniqueClaims(doubt).map((m) => ({...memberOf(m.claim), value: m.claim.stance})), ...uniqueClaims(realOther).map((m) => ({...memberOf(m.claim), value: m.claim.stance}))]
    })
  }
  return conflicts
}

function uniqueClaims(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<StoryClaim>()
  return mentions.filter((m) => !seen.has(m.claim) && seen.add(m.claim))
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)]
}
