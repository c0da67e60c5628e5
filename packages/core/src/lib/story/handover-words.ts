/**
 * Words of a handover: something (a list, a report, documents) passed from someone to
 * someone else. Written by hand from general English (the verbs of giving and
 * disclosing a learner's dictionary lists), not from any story.
 */

/** How a handover verb says the thing went across: spoken, on paper or in a file, or either. */
export type Medium = 'spoken' | 'written' | null
/** Whether the verb says it was passed without leave (a leak) or openly; null when it says neither. */
export type Authority = 'covert' | 'open' | null

/** A handover verb form and what it says of the medium and the authority. */
export interface HandoverVerb {
  readonly medium: Medium
  readonly authority: Authority
}

const verbs: Record<string, HandoverVerb> = {}
function add(forms: readonly string[], medium: Medium, authority: Authority): void {
  for (const form of forms) verbs[form] = {medium, authority}
}
// Giving a thing: a document or a list changes hands (openly or not: one leaks by handing over).
add(['give', 'gives', 'gave', 'given', 'giving', 'hand', 'hands', 'handed', 'handing', 'submit', 'submits', 'submitted', 'submitting',
  'provide', 'provides', 'provided', 'providing', 'send', 'sends', 'sent', 'sending', 'deliver', 'delivers', 'delivered', 'delivering',
  'supply', 'supplies', 'supplied', 'supplying', 'mail', 'mailed', 'emailed', 'faxed'], 'written', null)
// Saying it aloud: "read the questions to them over the phone".
add(['read', 'recited', 'dictated'], 'spoken', null)
// Neither: sharing or relaying says nothing of the medium.
add(['share', 'shares', 'shared', 'sharing', 'relay', 'relays', 'relayed', 'relaying', 'convey', 'conveyed', 'forwarded', 'transmitted'], null, null)
// Disclosing: openly to the public (released, published) or without leave (leaked).
add(['release', 'releases', 'released', 'releasing', 'published', 'disclosed'], null, 'open')
add(['leak', 'leaks', 'leaked', 'leaking'], null, 'covert')

/** Handover verb forms, lower case. */
export const handoverVerbs: ReadonlyMap<string, HandoverVerb> = new Map(Object.entries(verbs))

/** Any handover verb form as a whole word: most sentences have none and are passed over untokenised. */
export const anyHandoverVerb = new RegExp(`(?<![\\p{L}])(?:${Object.keys(verbs).join('|')})(?![\\p{L}])`, 'u')

/**
 * The channel a handover went through, by class: two outlets that give one handover
 * different classes ("over the telephone" / "during a meeting") disagree.
 */
export const channels: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:over|by|on|via)\s+(?:the\s+)?(?:tele)?phone\b|^(?:in|during|on)\s+(?:a|an|the)\s+(?:(?:tele)?phone\s+)?call\b/iu, 'telephone'],
  [/^(?:by|via|over)\s+(?:video|zoom|videoconference)\b|^(?:in|during|on)\s+(?:a|an|the)\s+video\s*(?:call|conference)\b/iu, 'video'],
  [/^(?:in|during|at)\s+(?:a|an|the)\s+(?:\p{L}+\s+){0,2}(?:meeting|session|briefing)\b|^in\s+person\b|^face[-\s]to[-\s]face\b/iu, 'meeting'],
  [/^(?:by|via)\s+(?:e-?mail|letter|mail|post|fax)\b|^in\s+(?:a|an)\s+(?:e-?mail|letter|memo)\b|^in\s+writing\b/iu, 'writing']
]

/** Words that may open a recipient after "to" (a noun phrase, not "to ask"). */
export const recipientOpeners = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'several', 'some', 'all', 'top', 'senior'])

/** Quantity nouns a recipient phrase can open with: the recipient is what follows "of" ("a group of reporters"). */
export const collectiveHeads = new Set(['swath', 'number', 'group', 'handful', 'host', 'series', 'couple', 'range', 'panel', 'team', 'dozen', 'pair', 'set', 'variety', 'slew', 'raft'])

/** Auxiliaries of a passive or a perfect ("were leaked", "has given"). */
export const auxiliaries = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'reportedly', 'also', 'then', 'later', 'already', 'first'])

/** Nouns that make "to …" an idiom, not a recipient ("evidence to the contrary", "to this end"). */
export const idiomaticTo = new Set(['contrary', 'date', 'extent', 'end', 'point', 'degree', 'effect', 'detriment', 'advantage', 'benefit',
  'surprise', 'dismay', 'delight', 'credit', 'knowledge', 'length', 'fore', 'scale', 'letter', 'limit', 'maximum', 'minimum', 'rest'])
