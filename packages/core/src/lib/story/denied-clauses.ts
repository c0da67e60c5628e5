import type {StanceCue} from '../claims/types.js'
import type {StoryClaim} from './types.js'

/** Verbs by which someone denies a proposition (not "denied the permit", which refuses a thing; "disputes" is as often the noun). */
const denyingVerb = /^(?:den(?:y|ies|ied|ying)|disput(?:ed|ing))$/i
/** Words after the verb that open what is denied as a clause: "denied that …", "denied having …", "denies they …". */
const clauseOpener = /^\s+(?:(?:ever\s+)?(?:that|having)\b|(?:he|she|they|it|we|i)\s+(?!was\b|were\b|is\b|are\b)\p{L}+|(?:ever\s+)?\p{L}{3,}ing\b)/iu
/** Words before the verb that make it no denial: "did not deny", "never denied", "were denied" (refused to them). */
const notDenying = /(?:\b(?:not|never|no|nor)|n['’]t|\b(?:was|were|been|be|is|are))\s+(?:\p{L}+\s+)?$/iu

/**
 * The denial cues of a claim that deny a proposition given as a clause ("Okafor
 * denied taking money from the developer", "the firms deny that they shared the
 * files"): what follows is the proposition someone disputes. A verb that refuses a
 * thing ("denied the permit", "were denied entry") or is itself negated ("did not
 * deny") denies no proposition. Each returned cue is read like a distancing word: the
 * clause after it is the proposition (see `governed`).
 */
export function deniedClauses(claim: StoryClaim, cues: readonly StanceCue[]): StanceCue[] {
  return cues.filter((cue) => {
    if (cue.kind !== 'denial' || !denyingVerb.test(cue.text)) return false
    const at = cue.start - claim.start
    return clauseOpener.test(claim.text.slice(at + cue.text.length)) && !notDenying.test(claim.text.slice(Math.max(0, at - 30), at))
  })
}
