/**
 * Verbs that attribute a stance, a wish or a finding to their subject without
 * being speech verbs: "the council endorsed the plan", "voters want change",
 * "the audit found that …", "she declined to comment". Reported-speech corpora
 * (attribution relations) count what follows them as the subject's content.
 *
 * Drawn from VerbNet 3.x classes (Kipper Schuler et al.), lemmas only:
 * admire-31.2 (support, favor, value), marvel-31.3 (care), want-32.1 (want,
 * desire), long-32.2 (hope, wish), conjecture-29.5 (think, guess, reckon,
 * figure), consider-29.9 and see-30.1 (see, view, regard), discover-84 (find,
 * learn, discover, determine), correspond-36.1 and reflexive_appearance-48.1.2
 * (show, demonstrate, indicate), judgment-33 (criticize, praise, condemn, fault,
 * attack, laud, rebuke), characterize-29.2 (portray, depict), plus "remind" and
 * "invoke", plus the control verbs that report an intention (plan, seek, refuse, decline,
 * intend, aim, vow, decide). The speech verbs themselves are in `reporting-verbs.ts`.
 */
import {lazyMap} from '../lazy-table.js'
import {verbTable} from './verb-table.js'

const lemmas = [
  // stance towards someone or something (admire-31.2, judgment-33)
  'support', 'endorse', 'oppose', 'favor', 'favour', 'back', 'embrace', 'champion', 'reject', 'fault',
  'applaud', 'criticize', 'criticise', 'denounce', 'condemn', 'praise', 'commend', 'question', 'challenge',
  'dispute', 'defend', 'blame', 'accuse', 'credit', 'thank', 'welcome',
  // wish and intention (want-32.1, long-32.2, control verbs)
  'want', 'wish', 'hope', 'desire', 'prefer', 'plan', 'seek|sought', 'intend', 'aim', 'refuse',
  'decline', 'vow', 'pledge', 'promise', 'threaten', 'propose', 'demand', 'request', 'call', 'decide',
  // belief and judgment (conjecture-29.5, consider-29.9)
  'think|thought', 'believe', 'expect', 'fear', 'doubt', 'suspect', 'assume', 'guess', 'reckon',
  'figure', 'feel|felt', 'consider', 'worry|worried', 'predict', 'see|saw,seen', 'view', 'regard',
  'know|knew,known', 'understand|understood', 'recognize', 'recognise', 'realize', 'realise', 'agree',
  'disagree', 'accept', 'conclude', 'judge', 'estimate', 'imagine', 'trust',
  // findings of documents, studies and polls (discover-84, correspond-36.1)
  'show|showed,shown', 'find|found', 'indicate', 'suggest', 'reveal', 'demonstrate', 'confirm',
  'conclude', 'determine', 'learn|learned,learnt', 'discover', 'detail', 'list', 'project', 'forecast',
  // messages and topics (say-37.7, talk-37.5, lecture-37.11, advise-37.9, characterize-29.2)
  'discuss', 'highlight', 'talk', 'speculate', 'imply|implied,implies', 'advocate', 'encourage',
  'reaffirm', 'downplay', 'disavow', 'repudiate', 'renounce',
  // blame and scorn (judgment-33)
  'assail', 'ridicule', 'lambaste', 'excoriate', 'chastise', 'berate', 'castigate', 'deride',
  'attack', 'laud', 'disparage', 'denigrate', 'censure', 'rebuke', 'scold', 'extol',
  'portray', 'depict', 'remind', 'invoke',
]

/**
 * Surface form → lemma for every form of every attitude verb (base, -s, -ed,
 * -ing, and the irregular forms after `|`).
 */
export const attitudeVerbs: ReadonlyMap<string, string> = lazyMap(() => verbTable(lemmas, {doubling: true, keepEe: true}))

/**
 * Lemmas whose complement is usually a clause or an infinitive, not a bare
 * object: alone before a noun they are too often ordinary verbs ("see the
 * game", "know the area", "call a meeting"), so they need "that", "to", "for"
 * (call for) or a subject and verb after them. Not "question": its object is what
 * is doubted ("questioned Okafor's figures"); on PolNeAR train (odd and even halves)
 * its objects added 20 matched attributions for 7 unmatched. Nor "consider", "seek",
 * "suggest", "list", "estimate": their plain objects are annotated as reports at
 * least ~0.4 of the time on each half ("talk", "request" stay: 0.33 on one half).
 */
export const clauseOnlyAttitudes: ReadonlySet<string> = new Set([
  'see', 'know', 'understand', 'learn', 'find', 'feel', 'figure', 'view', 'regard', 'judge', 'trust',
  'accept', 'recognize', 'recognise', 'realize', 'realise', 'imagine', 'guess', 'reckon', 'assume',
  'project', 'detail', 'aim', 'back', 'call', 'credit', 'agree', 'disagree',
  'determine', 'discover', 'conclude', 'think', 'believe', 'expect', 'hope', 'wish', 'fear',
  'doubt', 'suspect', 'worry', 'challenge', 'request', 'demonstrate', 'show', 'reveal',
  'confirm', 'indicate', 'predict', 'forecast', 'see', 'plan', 'intend', 'refuse', 'talk', 'speculate',
  'decline', 'desire', 'prefer', 'vow', 'pledge', 'promise', 'threaten', 'demand', 'decide'
])

/**
 * Lemmas whose base and -s forms are as often nouns ("strong support", "the
 * attacks", "three towns"): a verb only after a subject-like word.
 */
export const nounLikeAttitudes: ReadonlySet<string> = new Set([
  'support', 'attack', 'remark', 'state', 'plan', 'claim', 'call', 'report', 'back', 'question', 'challenge',
  'request', 'demand', 'view', 'project', 'list', 'detail', 'estimate', 'forecast', 'fear', 'doubt', 'hope',
  'credit', 'promise', 'pledge', 'vow', 'dispute', 'praise', 'blast', 'slam', 'comment', 'concern', 'respond',
  'answer', 'tweet', 'post', 'order', 'offer', 'favor', 'favour', 'aim', 'need', 'wish', 'desire', 'guess', 'advocate', 'highlight', 'talk'
])

