import {calendarWords, clauseWords, eventHedges, eventKindOf, targetPrepositions, vagueWords, withKinds} from './event-words.js'
import type {StoryClaim} from './types.js'
import {atDayEnd, eventDayKey} from './event-day-keys.js'
import {onceByText} from './once-by-text.js'

/** One place a claim names an event ("Norland's May 3 attack on Varik's depot"). */
export interface Mention {
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
  /** Days the sentence dates this very event to (keys: see `eventDayKey`). */
  days: string[]
  /** Those of its days given at their end, where the next begins ("midnight Dec. 21", "late Thursday"). */
  endDays: string[]
}

export interface Token {key: string, lower: string, start: number, end: number, boundaryBefore: boolean}

const wordPattern = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu
const boundaryGap = /[,;:()[\]—–"“”‘’?!]/
/** Words that open the noun phrase an event word or an act's object heads. */
export const determiners: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our'])
const definiteDeterminers = new Set(['the', 'this', 'that', 'these', 'those'])
const serialWords = new Set(['first', 'second', 'third', 'fourth', 'another', 'latest', 'previous', 'earlier', 'new', 'last', 'next', 'follow-up', 'fresh', 'renewed', 'subsequent', 'further', 'other', 'separate'])

/** Verbs that start what is said about the event: its phrase ends before them. */
const predicateStarts = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'may', 'might', 'did', 'does', 'do', 'not'])

const functionWords = new Set([...determiners, ...clauseWords, ...targetPrepositions, 'with', 'to', 'for', 'by', 'from', 'about', 'over', 'is', 'was', 'were', 'are', 'be', 'been', 'had', 'has', 'have', 'did', 'does', 'do', 'not', 'no', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'also', 'very', 'all', 'any', 'what'])

/** Normalised key of a word: lower case, possessive and plural dropped. */
function keyOf(lower: string): string {
  const word = lower.replace(/['’]s?$/, '')
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1)
  return word
}

/**
 * `tokensOf` once per distinct sentence text, kept across calls: the event and the
 * dated-act finders read the same sentences, and copies of a sentence across outlets
 * share their words (tokens are only read).
 */
export const tokensOfText: (text: string) => readonly Token[] = onceByText((text) => tokensOf(text))

/** A sentence's words with their keys and whether a break precedes each. */
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

/** The events a claim names, each with its words, target, hedge and days. */
export function findMentions(claim: StoryClaim, tokens: readonly Token[]): Mention[] {
  const mentions: Array<Mention & {index: number}> = []
  // A plain loop, the mention read by a module function: a closure made per claim here was
  // compiled anew on a story of 1,000 articles.
  for (let index = 0; index < tokens.length; index++) {
    const kind = eventKindOf.get(tokens[index]!.lower)
    if (!kind) continue
    const mention = mentionAt(claim, tokens, index, kind)
    if (mention !== null) mentions.push(mention)
  }
  attachDays(claim, tokens, mentions)
  return mentions
}

/** The event mention of kind `kind` at token `index` (null when the next word goes on with that kind: "phone call"). */
function mentionAt(claim: StoryClaim, tokens: readonly Token[], index: number, kind: string): (Mention & {index: number}) | null {
  const token = tokens[index]!
  // "phone call": one mention, at its last word.
  const next = tokens[index + 1]
  if (next && !next.boundaryBefore && eventKindOf.get(next.lower) === kind) return null
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
  return {claim, kind, index, start: claim.start + token.start, end: claim.start + token.end, args, target, hedge, definite, serial, days: [], endDays: []}
}

/** Give each day-date of the claim to the event it dates: the nearest mention with no break between. */
function attachDays(claim: StoryClaim, tokens: readonly Token[], mentions: Array<Mention & {index: number}>): void {
  if (mentions.length === 0) return
  for (const date of claim.dates) {
    const key = eventDayKey(date)
    if (key === null) continue
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
    if (!best || best.mention.days.includes(key)) continue
    best.mention.days.push(key)
    if (atDayEnd(date)) best.mention.endDays.push(key)
  }
}

/** Words after "when" within which the event it dates must stand ("when *an explosion*", "when a car *bomb*"). */
const whenReach = 4
