import type {Span} from '../types.js'
import type {Aside} from './find-asides.js'
import {isFinite} from './finite-verb.js'

/** A dash that sets off an aside: an em dash or a horizontal bar (spaced or not), or a spaced en dash, double or single hyphen. */
const dash = /\s*[—―]\s*|\s+(?:–|--?)\s+/gu

/** Fewest words an aside between dashes needs to state a fact ("the first in three weeks"). */
const asideWords = 3

/** The noun phrase right before a dash: a determiner or a capitalised word and up to four words after it, none a verb-like joiner or preposition. */
const subjectBefore = /(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat)\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}[\p{L}\p{N}'’.-]+|\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,3})$/u

const determiners = /^(?:the|an?|his|her|their|its|this|that)$/i

/** Words that are no part of a noun phrase before a dash: what comes after the last of them is ("met on [Monday]"). */
const notNounWord = /^(?:and|or|but|to|of|in|on|at|for|with|by|from|that|than|as|into|after|before|since)$/i

/**
 * The asides of a stretch set off by a pair of dashes: "Okafor — who chairs the board —
 * said …" (a relative clause), "the memos — running 15 pages in total — detail …" (a
 * description), each about the noun phrase right before the first dash. A stretch
 * opened at the start of the sentence ("WASHINGTON — …") or after a word that cannot
 * end a noun phrase ("said — and …") is no aside, nor is one of fewer than three words.
 */
export function dashAsides(text: string, region: Span): Aside[] {
  const slice = text.slice(region.start, region.end)
  if (!/[—―–]|\s--?\s/.test(slice)) return []
  const asides: Aside[] = []
  // The dashes in order; each pair of neighbours around a stretch with no line break is a candidate (linear: no pattern spans two dashes).
  const dashes: Array<{start: number, end: number}> = []
  dash.lastIndex = 0
  for (let m = dash.exec(slice); m !== null; m = dash.exec(slice)) dashes.push({start: m.index, end: m.index + m[0].length})
  for (let k = 0; k + 1 < dashes.length; k++) {
    const open = dashes[k]!
    const close = dashes[k + 1]!
    const inner = slice.slice(open.end, close.start)
    if (inner.includes('\n') || inner.trim().split(/\s+/).length < asideWords || !/[\p{L}\p{N}]/u.test(inner)) continue
    // A noun phrase of five words at most: the last 80 characters before the dash hold it.
    const from = Math.max(0, open.start - 80)
    const found = nounPhraseBefore(slice.slice(from, open.start).trimEnd(), from === 0)
    if (!found) continue
    const subject = {start: from + found.start, end: from + found.end}
    asides.push({
      kind: /^(?:who|which|whose|whom)\s/i.test(inner) ? 'relative' : 'appositive',
      start: region.start + open.end, end: region.start + close.start,
      subject: {start: region.start + subject.start, end: region.start + subject.end}
    })
    // The closing dash closes this aside only: the next aside opens at a dash after it.
    k++
  }
  return asides
}

/**
 * The noun phrase `before` ends with (offsets into it): `subjectBefore`, from after
 * its last preposition, joiner or finite verb ("met on [Monday]"); null when it ends
 * with one of those ("said — and …") or is a dateline in capitals ("RIVERTON — …").
 */
function nounPhraseBefore(before: string, opensSentence: boolean): Span | null {
  const match = subjectBefore.exec(before)
  if (!match) return null
  let start = match.index
  let previous = ''
  for (const word of match[0].matchAll(/\S+/g)) {
    // A verb form right after a determiner is an adjective ("the sealed ledgers").
    const verb = isFinite(word[0]) && !/^\p{Lu}/u.test(word[0]) && !determiners.test(previous)
    if (notNounWord.test(word[0]) || verb) start = match.index + word.index + word[0].length + 1
    previous = word[0]
  }
  if (start >= before.length) return null
  if (opensSentence && start === 0 && /^\p{Lu}[\p{Lu}\s.'-]+$/u.test(before)) return null
  return {start, end: before.length}
}
