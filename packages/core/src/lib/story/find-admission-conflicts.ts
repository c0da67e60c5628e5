import {stemOf} from './stem-of.js'
import {forEachAlignedPair, type GroupPairContext} from './aligned-pairs.js'
import {onceByText} from './once-by-text.js'
import {memberWith} from './conflict-member.js'
import {wordsOf} from './slot-values.js'
import type {ClaimGroup, Conflict, StoryClaim} from './types.js'

/** Verbs by which a person grants a charge or a report: "admitted taking", "confirmed the payment". */
const granting = /^(?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|confess(?:es|ed|ing)?|conced(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)$/
/** Verbs by which a person refuses it: "denied taking", "denies the payment". */
const refusing = /^den(?:y|ies|ied|ying)$/
/** A quick test before the words are read: most sentences have neither verb. */
const anyVerb = /admit|acknowledg|confess|conced|confirm|den(?:y|i)/i
/** Words that negate a verb right after them ("did not deny", "never admitted"). */
const negating = new Set(['not', 'never', 'no', "didn't", "doesn't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", 'neither', 'nor'])
/** Words between the verb and what it grants or refuses ("denied that he took", "admitted to having taken"). */
const skipped = new Set(['that', 'to', 'having', 'he', 'she', 'they', 'it', 'we', 'had', 'has', 'have', 'was', 'were', 'the', 'a', 'an', 'any', 'all', 'his', 'her', 'their', 'its', 'ever', 'been'])
/** Capitalised words that open a sentence and name no one. */
const notNames = new Set(['the', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'in', 'on', 'at', 'after', 'before', 'when', 'while', 'both', 'neither'])
/** Words a pair must share besides the verb, to be one fact. */
const minimumShared = 3
/** Words before the verb within which its subject is named. */
const subjectReach = 3

/** One person's granting or refusing of one thing, in one sentence. */
interface Stand {
  claim: StoryClaim
  grants: boolean
  verb: string
  /** The last word of the subject's name, lower case. */
  subject: string
  /** The stem of the first content word after the verb. */
  object: string
}

/**
 * Contradictions between a person said to admit something and the same person said
 * to deny it ("Okafor admitted taking money from the developer" / "Okafor denied
 * taking money from the developer"), in aligned facts: the subject is the name right
 * before the verb (a pronoun is left alone), what is admitted or denied is the first
 * content word after it, and a negated verb ("did not deny") or a sentence with both
 * verbs is left out. Depends on claim groups to align the facts.
 */
export function findAdmissionConflicts(groups: readonly ClaimGroup[], context: GroupPairContext): Array<Omit<Conflict, 'id'>> {
  const out: Array<Omit<Conflict, 'id'>> = []
  forEachAlignedPair(groups, standIn, (_a, _b, one, other, group) => {
    if (one.grants === other.grants) return
    const [granted, refused] = one.grants ? [one, other] : [other, one]
    if (refused.subject !== granted.subject || refused.object !== granted.object) return
    if (context.shared(granted.claim, refused.claim) < minimumShared) return
    out.push({
      kind: 'contradiction', group: group.id, confidence: 0.6,
      reason: `aligned sentences give one person opposite answers to one charge: "${granted.verb}" in one outlet, "${refused.verb}" in another`,
      summary: `${granted.verb} vs ${refused.verb}: ${granted.claim.text.slice(0, 80)}`,
      members: [memberWith(granted.claim, granted.verb), memberWith(refused.claim, refused.verb)]
    })
  })
  return out
}

/** The one granting or refusing verb of a sentence with its named subject and object; null when none, both kinds or negated. */
function standIn(claim: StoryClaim): Stand | null {
  const stand = textStand(claim.text)
  return stand ? {claim, ...stand} : null
}

/** `standIn` without the claim, once per distinct text. */
const textStand = onceByText((text: string): Omit<Stand, 'claim'> | null => {
  if (!anyVerb.test(text)) return null
  const words = wordsOf(text)
  let found: Omit<Stand, 'claim'> | null = null
  for (const [i, {word, start, end}] of words.entries()) {
    const grants = granting.test(word)
    if (!grants && !refusing.test(word)) continue
    // Both kinds, or two verbs of one kind: which answer is given to what is a guess.
    if (found) return null
    const before = words.slice(Math.max(0, i - subjectReach), i)
    if (before.some((w) => negating.has(w.word))) return null
    const named = [...before].reverse().find((w) => /^\p{Lu}/u.test(text.slice(w.start, w.end)) && !notNames.has(w.word))
    const object = words.slice(i + 1).find((w) => !skipped.has(w.word) && w.word.length > 3)
    if (!named || !object) return null
    found = {grants, verb: text.slice(start, end), subject: named.word.replace(/'s$/, ''), object: stemOf(object.word)}
  }
  return found
})
