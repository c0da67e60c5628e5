import {diffArrays} from 'diff'
import {compareTokens, isFunctionWord, type CompareToken} from './compare-tokens.js'
import type {Conflict, QuoteGroup, QuoteGroupMember} from './types.js'
import {pushTo} from '../push-to.js'

/** Attribution between the two pieces of a split quote: at most this many characters, within one paragraph ("…,” she told reporters. “…"). */
const maximumGap = 80
/** Words of the second piece that must render, in order, the rest of the whole quote: fewer is another utterance. */
const minimumShared = 3
/** Less sure than a change inside one pair of marks: the two pieces are joined by reading the attribution between them. */
const confidence = 0.6
const spellOut = {spellOut: true}
/** Words of the whole a change may replace: more is a misaligned span. */
const maximumReplaced = 4

/**
 * Wording conflicts across a split quote: one outlet quotes an utterance whole
 * ("A. B."), another in two pieces of one paragraph with a short attribution
 * between them ("A," she said. "X. B'."), the first piece grouped with the whole
 * quote as its opening and the second grouped with it too. Joined, the pieces
 * render the whole; words the pieces add or change where the second one
 * renders the whole's rest (a sentence put in between, "do it" for "do that")
 * are changes inside the marks that neither piece shows alone. Words the pieces
 * leave out between them are a cut, no conflict; changes inside the first piece
 * are the first piece's own wording conflict.
 */
export function findSplitQuoteConflicts(groups: readonly QuoteGroup[], textOf: (file: string) => string): Array<Omit<Conflict, 'id'>> {
  // Each quote (file and start) with the groups it is in and its place there.
  const byQuote = new Map<string, Array<{group: QuoteGroup, member: QuoteGroupMember}>>()
  for (const group of groups) for (const member of group.members) {
    const key = keyOf(member)
    pushTo(byQuote, key, {group, member})
  }
  const out: Array<Omit<Conflict, 'id'>> = []
  const seen = new Set<string>()
  // Each member of each group in a function of its own: this runs once per story, and
  // the loop with all of it inside was compiled on-stack for each story of 1,000 articles.
  for (const group of groups) {
    for (let w = 0; w < group.members.length; w++) splitsAround(group, group.members[w]!, byQuote, textOf, seen, out)
  }
  return out
}

/** The conflicts of `whole` with an outlet that quotes it in two pieces (first in `group`), appended to `out`. */
function splitsAround(group: QuoteGroup, whole: QuoteGroupMember, byQuote: ReadonlyMap<string, ReadonlyArray<{group: QuoteGroup, member: QuoteGroupMember}>>,
  textOf: (file: string) => string, seen: Set<string>, out: Array<Omit<Conflict, 'id'>>): void {
  // The second pieces: members of the whole's other groups, from other outlets.
  // By file: a group of many outlets is not searched whole for each first piece.
  const wholeKey = keyOf(whole)
  const seconds = new Map<string, QuoteGroupMember[]>()
  for (const entry of byQuote.get(wholeKey) ?? []) {
    if (entry.group === group) continue
    for (const member of entry.group.members) if (member.file !== whole.file) pushTo(seconds, member.file, member)
  }
  if (seconds.size === 0) return
  for (const first of group.members) {
    const candidates = seconds.get(first.file)
    if (!candidates || first.file === whole.file || !opens(group, whole, first)) continue
    const second = candidates.find((member) => follows(first, member, textOf(first.file)))
    if (!second) continue
    const key = `${wholeKey}\u0001${keyOf(first)}\u0001${keyOf(second)}`
    if (seen.has(key)) continue
    seen.add(key)
    const changes = joinChanges(whole.text, first.text, second.text)
    if (!changes) continue
    const content = changes.some((change) => change.words.some((word) => !isFunctionWord(word)))
    out.push({
      kind: 'wording', group: group.id, confidence: content ? confidence : confidence - 0.05,
      reason: 'one outlet quotes the utterance whole, another in two pieces around its attribution that together add or change words inside the marks',
      summary: changes.map((change) => `'${change.from}' vs '${change.to}'`).join('; '),
      members: [whole, second].map((member) => ({file: member.file, article: member.article, start: member.start, end: member.end, text: member.text, value: member.text}))
    })
  }
}

function keyOf(member: {file: string, start: number}): string {
  return `${member.file}\u0000${member.start}`
}

/** Whether `first` renders the opening of `whole` in their group (as the fullest or against it), not a paraphrase. */
function opens(group: QuoteGroup, whole: QuoteGroupMember, first: QuoteGroupMember): boolean {
  const base = group.members[group.fullest]
  const other = base === whole ? first : base === first ? whole : null
  return other !== null && other.verdict !== 'paraphrase'
}

/** Whether `second` is the next quote after `first` in its article, one paragraph, a short attribution between, no other speaker named. */
function follows(first: QuoteGroupMember, second: QuoteGroupMember, text: string): boolean {
  if (second.quote !== first.quote + 1 || second.start <= first.end) return false
  if (first.speaker && second.speaker && first.speaker !== second.speaker) return false
  const gap = text.slice(first.end, second.start)
  return gap.length <= maximumGap && !gap.includes('\n')
}

interface JoinChange {
  from: string
  to: string
  words: string[]
}

/**
 * The changes the joined pieces make to the whole where the second piece renders it:
 * null when the second piece shares too few words, in order, with the rest of the
 * whole, or adds and changes nothing there.
 */
function joinChanges(whole: string, first: string, second: string): JoinChange[] | null {
  const a = compareTokens(whole, spellOut)
  const b1 = compareTokens(first, spellOut)
  const b2 = compareTokens(second, spellOut)
  const b = [...b1, ...b2]
  // A whole far longer than the pieces is another, longer passage (or a quote read too long): no alignment to trust.
  if (a.length > b.length * 2) return null
  const parts = diffArrays(a.map((token) => token.word), b.map((token) => token.word))
  // Walk the diff: regions of change between kept words, and the words the second piece shares.
  const regions: Array<{a: [number, number], b: [number, number]}> = []
  let i = 0
  let j = 0
  let sharedInSecond = 0
  let open: {a: [number, number], b: [number, number]} | null = null
  for (const part of parts) {
    const count = part.count ?? part.value.length
    if (!part.added && !part.removed) {
      for (let k = j; k < j + count; k++) if (k >= b1.length) sharedInSecond++
      if (open) regions.push(open)
      open = null
      i += count
      j += count
      continue
    }
    open ??= {a: [i, i], b: [j, j]}
    if (part.added) open.b[1] = (j += count)
    else open.a[1] = (i += count)
  }
  if (open) regions.push(open)
  if (sharedInSecond < minimumShared) return null
  // Words the pieces add or change where the second piece stands; words added past either
  // end of the whole are the whole's cut, not a change; an editor's words in square brackets
  // ("[the mayor] paused") are not the speaker's.
  const slice = (text: string, tokens: readonly CompareToken[], from: number, to: number) => (to > from ? text.slice(tokens[from]!.start, tokens[to - 1]!.end) : '')
  const joined = (from: number, to: number) => {
    if (to <= b1.length) return slice(first, b1, from, to)
    if (from >= b1.length) return slice(second, b2, from - b1.length, to - b1.length)
    return `${slice(first, b1, from, b1.length)} … ${slice(second, b2, 0, to - b1.length)}`
  }
  // A stretch of the whole longer than this put against the pieces' words is two spans
  // misaligned (a quote read too long), not a misquote.
  const found = regions.filter((region) => b.slice(region.b[0], region.b[1]).some((token) => !token.editorial) && region.b[1] > b1.length &&
    !(region.a[0] === region.a[1] && (region.a[0] === 0 || region.a[1] === a.length)) &&
    region.a[1] - region.a[0] <= maximumReplaced &&
    // The same letters spaced or marked otherwise ("we'll go" / "we ’ ll go") are no change.
    letters(slice(whole, a, Math.max(0, region.a[0] - 1), Math.min(a.length, region.a[1] + 1))) !==
      letters(joined(Math.max(0, region.b[0] - 1), Math.min(b.length, region.b[1] + 1))))
  if (found.length === 0) return null
  return found.map((region) => {
    const fromA = Math.max(0, region.a[0] - 1)
    const toA = Math.min(a.length, region.a[1] + 1)
    const fromB = Math.max(0, region.b[0] - 1)
    const toB = Math.min(b.length, region.b[1] + 1)
    return {
      from: slice(whole, a, fromA, toA),
      to: joined(fromB, toB),
      words: [...a.slice(region.a[0], region.a[1]), ...b.slice(region.b[0], region.b[1])].map((token) => token.word)
    }
  })
}

function letters(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase()
}
