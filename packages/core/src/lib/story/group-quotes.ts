import {diffArrays} from 'diff'
import type {Quote} from '../quotes/types.js'
import type {Article} from '../types.js'
import {compareTokens, type CompareToken} from './compare-tokens.js'
import {quoteSimilarity} from './quote-similarity.js'
import type {Conflict, DiffPart, QuoteGroup, QuoteGroupMember, QuoteVerdict} from './types.js'

/** One article's quotes, with the cross-article identity of each quote's speaker. */
export interface QuoteSource {
  file: string
  article: Article
  quotes: readonly Quote[]
  /** The cross-article speaker id of a quote (null when it has none). */
  speakerOf: (quote: Quote) => {id: string, name: string} | null
}

interface Ref {
  index: number
  source: QuoteSource
  quote: Quote
  position: number
  tokens: CompareToken[]
  speaker: {id: string, name: string} | null
  sentence: number
}

/** Minimum similarity for two quotes of one speaker to be one utterance. */
const minimumSimilarity = 0.6
/** Quotes with no speaker join a group only on a close match of this many words or more. */
const unattributedMinimumWords = 5
const unattributedMinimumSimilarity = 0.85
/** Blocking: a quote is indexed under this many of its rarest words. */
const blockingWordsPerQuote = 4
/** Blocking: at most this many quotes are compared through one word. */
const maximumPosting = 200

/**
 * Group the quotes that render one utterance, across articles and within one.
 * Candidate pairs come from blocking (the same speaker, and a shared content word),
 * not from every quote against every quote. Quotes by two different speakers are
 * never grouped, whatever their words. Grouping is complete-linkage: a quote joins
 * a group only when it matches every member (two fragments quoted in one sentence,
 * `was "shocked" and "outraged"`, count as matching each other), so one long quote
 * can sit in two groups when two shorter quotes each render a different part of it.
 */
export function groupQuotes(sources: readonly QuoteSource[]): QuoteGroup[] {
  const refs = collect(sources)
  const edges = candidatePairs(refs)
    .map(([a, b]) => ({a, b, similarity: similarity(a, b)}))
    .filter((edge) => edge.similarity >= threshold(edge.a, edge.b))
    .sort((x, y) => y.similarity - x.similarity || x.a.index - y.a.index || x.b.index - y.b.index)
  const matched = new Map<string, number>()
  for (const edge of edges) matched.set(pairKey(edge.a, edge.b), edge.similarity)
  const compatible = (x: Ref, y: Ref) => matched.has(pairKey(x, y)) ||
    (x.source === y.source && x.sentence === y.sentence && x.sentence >= 0 && sameSpeaker(x, y))

  const groups: Ref[][] = []
  const memberOf = new Map<Ref, Ref[][]>()
  const join = (group: Ref[], ref: Ref) => {
    group.push(ref)
    memberOf.set(ref, [...memberOf.get(ref) ?? [], group])
  }
  const joinable = (member: Ref, other: Ref) => (memberOf.get(member) ?? []).find((group) => group.every((m) => m === member || compatible(m, other)))
  for (const {a, b} of edges) {
    if ((memberOf.get(a) ?? []).some((group) => group.includes(b))) continue
    const withA = joinable(a, b)
    if (withA) {
      join(withA, b)
      continue
    }
    const withB = joinable(b, a)
    if (withB) {
      join(withB, a)
      continue
    }
    const group: Ref[] = []
    groups.push(group)
    join(group, a)
    join(group, b)
  }
  return groups.map((group, index) => toGroup(group, index))
}

/** A quote this long or longer, in two outlets with two speakers, is a speaker conflict. */
const speakerConflictMinimumWords = 6
const speakerConflictMinimumSimilarity = 0.85

/**
 * The same words given to two different speakers by two outlets: one utterance of
 * six words or more (85% of the shorter rendering's words, in order, in the other) that one outlet puts in one person's
 * mouth and another in someone else's. Short phrases two people really both said
 * ("good and very productive") stay apart and are no conflict.
 */
export function findSpeakerConflicts(sources: readonly QuoteSource[]): Array<Omit<Conflict, 'id'>> {
  const refs = collect(sources).filter((ref) => ref.speaker && ref.tokens.length >= speakerConflictMinimumWords)
  const byWord = new Map<string, Ref[]>()
  const wordsOf = refs.map((ref) => [...blockingWords(ref)])
  refs.forEach((ref, i) => {
    for (const word of wordsOf[i]!) {
      const list = byWord.get(word)
      if (list) list.push(ref)
      else byWord.set(word, [ref])
    }
  })
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  const seen = new Set<string>()
  refs.forEach((ref, i) => {
    const rarest = wordsOf[i]!.map((word) => byWord.get(word)!).sort((a, b) => a.length - b.length).slice(0, 2)
    for (const list of rarest) {
      for (const other of list.length > maximumPosting ? list.slice(0, maximumPosting) : list) {
        if (other.source === ref.source || sameSpeaker(other, ref)) continue
        const key = pairKey(other, ref)
        if (seen.has(key)) continue
        seen.add(key)
        if (inOrderShare(ref, other) < speakerConflictMinimumSimilarity) continue
        const [a, b] = other.index < ref.index ? [other, ref] : [ref, other]
        conflicts.push({
          kind: 'speaker', group: null, confidence: 0.6,
          reason: `the same ${Math.min(ref.tokens.length, other.tokens.length)}+ words in order, attributed to two different people`,
          summary: `the same words are ${a.speaker!.name}'s in ${a.source.file} and ${b.speaker!.name}'s in ${b.source.file}`,
          members: [a, b].map((r) => ({file: r.source.file, article: r.source.article.id, start: r.quote.start, end: r.quote.end, text: r.quote.text, value: r.speaker!.name}))
        })
      }
    }
  })
  return conflicts
}

/** The share of the shorter quote's words found in the longer one, in order. */
function inOrderShare(a: Ref, b: Ref): number {
  const [short, long] = a.tokens.length <= b.tokens.length ? [a, b] : [b, a]
  const same = diffArrays(short.tokens.map((t) => t.key), long.tokens.map((t) => t.key))
    .reduce((sum, change) => sum + (change.added || change.removed ? 0 : change.count ?? change.value.length), 0)
  return same / short.tokens.length
}

function collect(sources: readonly QuoteSource[]): Ref[] {
  const refs: Ref[] = []
  for (const source of sources) {
    const sentences = source.article.sentences
    source.quotes.forEach((quote, position) => {
      if (quote.kind === 'indirect') return
      const tokens = compareTokens(quote.text)
      if (tokens.length === 0) return
      const sentence = sentences.findIndex((s) => s.start <= quote.start && quote.end <= s.end)
      refs.push({index: refs.length, source, quote, position, tokens, speaker: source.speakerOf(quote), sentence})
    })
  }
  return refs
}

/**
 * Blocking: pairs that share a speaker and one of their rarest content words; a
 * long unattributed quote meets any quote sharing such a word (its threshold is
 * strict). The work grows with the number of quotes, not its square.
 */
function candidatePairs(refs: readonly Ref[]): Array<[Ref, Ref]> {
  // Every quote is indexed under all its content words, and looks for partners
  // through its rarest few only: a short quote's words are all rare to it, so it
  // meets any longer quote containing one; a word every quote of a speaker uses
  // does not make every pair a candidate.
  const bySpeakerWord = new Map<string, Ref[]>()
  const unattributedByWord = new Map<string, Ref[]>()
  const byWord = new Map<string, Ref[]>()
  const wordsOf = refs.map((ref) => [...blockingWords(ref)])
  const push = (index: Map<string, Ref[]>, key: string, ref: Ref) => {
    const list = index.get(key)
    if (list) list.push(ref)
    else index.set(key, [ref])
  }
  refs.forEach((ref, i) => {
    for (const word of wordsOf[i]!) {
      if (ref.speaker) push(bySpeakerWord, `${ref.speaker.id}\u0000${word}`, ref)
      else if (ref.tokens.length >= unattributedMinimumWords) push(unattributedByWord, word, ref)
      push(byWord, word, ref)
    }
  })
  const pairs = new Map<string, [Ref, Ref]>()
  refs.forEach((ref, i) => {
    const longUnattributed = ref.speaker === null && ref.tokens.length >= unattributedMinimumWords
    if (!ref.speaker && !longUnattributed) return
    const postings = (word: string) => (ref.speaker
      ? [...bySpeakerWord.get(`${ref.speaker.id}\u0000${word}`) ?? [], ...unattributedByWord.get(word) ?? []]
      : byWord.get(word) ?? [])
    const rarest = wordsOf[i]!
      .map((word) => ({word, list: postings(word)}))
      .sort((a, b) => a.list.length - b.list.length || (a.word < b.word ? -1 : 1))
      .slice(0, blockingWordsPerQuote)
    for (const {list} of rarest) {
      for (const other of list.length > maximumPosting ? list.slice(0, maximumPosting) : list) {
        if (other === ref || (other.source === ref.source && other.quote.start < ref.quote.end && ref.quote.start < other.quote.end)) continue
        const key = pairKey(other, ref)
        if (!pairs.has(key)) pairs.set(key, other.index < ref.index ? [other, ref] : [ref, other])
      }
    }
  })
  return [...pairs.values()]
}

/** The words a quote is indexed under: its content words, or all its words when it has none. */
function blockingWords(ref: Ref): Set<string> {
  const content = ref.tokens.filter((token) => token.content)
  return new Set((content.length > 0 ? content : ref.tokens).map((token) => token.key))
}

function sameSpeaker(a: Ref, b: Ref): boolean {
  return a.speaker !== null && b.speaker !== null && a.speaker.id === b.speaker.id
}

function threshold(a: Ref, b: Ref): number {
  if (sameSpeaker(a, b)) return minimumSimilarity
  return Math.min(a.tokens.length, b.tokens.length) >= unattributedMinimumWords ? unattributedMinimumSimilarity : Number.POSITIVE_INFINITY
}

function similarity(a: Ref, b: Ref): number {
  return quoteSimilarity(a.tokens, b.tokens).score
}

function pairKey(a: Ref, b: Ref): string {
  return a.index < b.index ? `${a.index}:${b.index}` : `${b.index}:${a.index}`
}

function toGroup(refs: Ref[], index: number): QuoteGroup {
  refs.sort((x, y) => x.index - y.index)
  let fullest = 0
  refs.forEach((ref, i) => {
    if (ref.tokens.length > refs[fullest]!.tokens.length) fullest = i
  })
  const base = refs[fullest]!
  const members: QuoteGroupMember[] = refs.map((ref, i) => {
    const {verdict, parts} = i === fullest ? {verdict: 'identical' as const, parts: []} : compare(base, ref)
    return {
      file: ref.source.file, article: ref.source.article.id, start: ref.quote.start, end: ref.quote.end, text: ref.quote.text,
      quote: ref.position, verdict, similarity: i === fullest ? 1 : round(similarity(base, ref)), diff: parts
    }
  })
  const named = refs.map((ref) => ref.speaker).filter((speaker) => speaker !== null)
  const speaker = named[0] ?? null
  return {
    id: `q${index + 1}`, speaker: speaker?.name ?? null, entity: speaker?.id ?? null, fullest, members,
    diff: members.map((member, i) => ({member: i, verdict: member.verdict, parts: member.diff})).filter((entry) => entry.member !== fullest)
  }
}

/** Word diff of a variant against the fullest rendering, in the original words of each. */
function compare(base: Ref, variant: Ref): {verdict: QuoteVerdict, parts: DiffPart[]} {
  const changes = diffArrays(base.tokens.map((token) => token.key), variant.tokens.map((token) => token.key))
  const parts: DiffPart[] = []
  let i = 0
  let j = 0
  let inserted = false
  let deleted = false
  const words = (ref: Ref, from: number, count: number) => ref.quote.text.slice(ref.tokens[from]!.start, ref.tokens[from + count - 1]!.end)
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (change.added) {
      parts.push({op: 'insert', text: words(variant, j, count)})
      j += count
      inserted = true
    } else if (change.removed) {
      parts.push({op: 'delete', text: words(base, i, count)})
      i += count
      deleted = true
    } else {
      parts.push({op: 'equal', text: words(variant, j, count)})
      i += count
      j += count
    }
  }
  return {verdict: inserted ? 'reworded' : deleted ? 'trimmed' : 'identical', parts}
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
