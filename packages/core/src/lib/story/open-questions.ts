import type {StanceCue} from '../claims/types.js'
import {insideQuotation} from './inside-quotation.js'
import {onceByText} from './once-by-text.js'
import type {StoryClaim} from './types.js'

/**
 * "whether": the clause it opens is put as an open question ("it is unclear whether
 * the mayor knew", "raising questions about whether she leaked the file"), which an
 * outlet that states the answer settles.
 */
const question = /(?<![\p{L}])whether(?![\p{L}])/giu

/**
 * What must stand right before "whether" for the outlet to say the answer is open:
 * "it is unclear whether", "there is no indication whether", "raising questions
 * about whether", "declined to say whether", "remains to be seen whether". A bare
 * "whether" after a verb of inquiry ("investigating whether", "asked whether",
 * "interested in whether") reports what someone wants to learn, not that nobody
 * knows, and is left out (a known limit: such an inquiry is never compared).
 */
export const openMarker = /(?:unclear|uncertain|unknown|not\s+(?:clear|known|certain)|no\s+(?:indication|sign|word)(?:\s+(?:of|as\s+to))?|questions?\s+(?:about|over|as\s+to)|(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:to\s+)?(?:say|confirm|disclose|specify|tell)|remains?\s+to\s+be\s+seen)\s+$/iu

/**
 * The open questions of a claim: one cue per "whether" that the outlet marks as
 * open, outside a quotation, in article offsets, as a hedge (the outlet does not
 * vouch for what follows). A question inside a quotation is the source's.
 */
export function openQuestions(claim: StoryClaim): StanceCue[] {
  return whetherCues(claim, openWhethers(claim.text))
}

const openWhethers = whethersAfter((before) => openMarker.test(before) && !insideQuotation(before))

/**
 * A reading of each "whether" of a sentence whose text before it passes `accept`
 * (its offset in the sentence and its text, once per distinct text), answered once
 * per distinct sentence (`onceByText`).
 */
export function whethersAfter(accept: (before: string) => boolean): (sentence: string) => ReadonlyArray<{index: number, text: string}> {
  return onceByText((sentence) => {
    const found: Array<{index: number, text: string}> = []
    for (const match of sentence.matchAll(question)) {
      if (accept(sentence.slice(0, match.index))) found.push({index: match.index, text: match[0]})
    }
    return found
  })
}

/** The found "whether"s of a claim's sentence as hedge cues in article offsets. */
export function whetherCues(claim: StoryClaim, found: ReadonlyArray<{index: number, text: string}>): StanceCue[] {
  return found.map(({index, text}): StanceCue => ({text, start: claim.start + index, end: claim.start + index + text.length, kind: 'hedge'}))
}
