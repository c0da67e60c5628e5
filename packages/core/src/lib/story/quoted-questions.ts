import type {StanceCue} from '../claims/types.js'
import {insideQuotation} from './inside-quotation.js'
import {openMarker, whetherCues, whethersAfter} from './open-questions.js'
import type {StoryClaim} from './types.js'

/**
 * What a speaker says is wanting before "whether": more information, details or
 * answers on it ("we want more information about the scale of the survey, and
 * specifically whether it covers …"). In a reporter's own words such a phrase only
 * reports an inquiry; in the speaker's quoted words it is the speaker saying the
 * answer is not known.
 */
const wanting = /(?:information|details|answers|clarity|disclosure|transparency)\s+(?:about|on|over|regarding|as\s+to)(?:\s+[^.;:!?“”"]{1,60}?,?\s+(?:and\s+)?(?:specifically|particularly|especially|including|notably))?\s+$/iu

/**
 * The open questions a quoted speaker puts ("“It is unclear whether the pier is
 * safe,” she said"; "“we need details on whether it covers every school”"): one cue
 * per "whether" inside a quotation that its words mark as open, in article offsets.
 * The outlet vouches for neither answer, but it reports a source who says the answer
 * is not known: an outlet that states it in its own voice disagrees with that source,
 * a weaker conflict than the outlet's own open question (see `openQuestions`).
 */
export function quotedOpenQuestions(claim: StoryClaim): StanceCue[] {
  return whetherCues(claim, quotedWhethers(claim.text))
}

const quotedWhethers = whethersAfter((before) => insideQuotation(before) && (openMarker.test(before) || wanting.test(before)))
