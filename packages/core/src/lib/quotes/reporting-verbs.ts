/**
 * Verbs that attribute words or thoughts to a source, by lemma. Inflected forms
 * come from `verbTable`; irregular ones are listed after a `|` (past, then others).
 * News attributes beliefs as well as speech ("believes", "expects"), and the
 * PolNeAR annotation counts both, so cognition verbs are here too.
 */
import {lazyMap} from '../lazy-table.js'
import {verbTable} from './verb-table.js'

const lemmas = [
  // speech
  'say|said', 'tell|told', 'add', 'note', 'explain', 'state', 'claim', 'assert', 'argue', 'insist',
  'contend', 'maintain', 'warn', 'caution', 'suggest', 'indicate', 'announce', 'declare', 'confirm',
  'deny|denied', 'acknowledge', 'admit|admitted,admitting', 'concede', 'reply|replied', 'respond',
  'retort', 'answer', 'ask', 'write|wrote,written,writing', 'post', 'tweet', 'report', 'reveal',
  'disclose', 'describe', 'call|called,calling', 'characterize', 'characterise', 'label|labeled,labelled,labeling,labelling',
  'dub|dubbed,dubbing', 'term', 'brand', 'praise', 'criticize', 'criticise', 'condemn', 'accuse',
  'charge', 'allege', 'blame', 'urge', 'demand', 'promise', 'pledge', 'vow', 'predict', 'emphasize',
  'emphasise', 'stress', 'underscore', 'underline', 'repeat', 'reiterate', 'recall', 'comment',
  'remark', 'observe', 'mention', 'joke', 'quip|quipped,quipping', 'complain', 'lament', 'echo|echoed,echoes,echoing',
  'agree', 'disagree', 'dismiss', 'reject', 'refute', 'counter', 'boast', 'brag|bragged,bragging',
  'proclaim', 'testify|testified,testifies', 'inform', 'assure', 'recount', 'shout', 'yell', 'scream',
  'whisper', 'chant', 'continue', 'speak|spoke,spoken', 'concur|concurred,concurring', 'elaborate',
  'clarify|clarified,clarifies', 'grumble', 'snap|snapped,snapping', 'fume', 'threaten', 'summarize',
  'summarise', 'hint', 'signal|signaled,signalled,signaling,signalling', 'muse', 'acknowledge', 'concede',
  'contend', 'assure', 'implore', 'plead|pleaded,pled', 'protest', 'object', 'point', 'conclude',
  'estimate', 'forecast', 'order', 'advise', 'recommend', 'propose', 'demur', 'exclaim', 'interject',
  'respond', 'rebut|rebutted,rebutting', 'question', 'wonder', 'read|read', 'decry|decried', 'hail',
  'welcome', 'applaud', 'offer', 'cite', 'retaliate', 'bark', 'denounce', 'thank', 'pronounce', 'remember', 'refer|referred,referring', 'cry|cried,cries', 'plead', 'beg|begged,begging', 'scold', 'mock', 'tease', 'marvel', 'gush', 'rave', 'exhort', 'vent', 'start', 'begin|began,begun,beginning', 'put|put,putting', 'interrupt', 'chime', 'insist', 'acknowledge', 'lash', 'tweet', 'rail', 'scoff', 'sneer', 'quote', 'name', 'quote', 'slam|slammed,slamming', 'blast', 'attack', 'tout', 'defend', 'brief',
  // more speech: sung, typed, pressed (a question), opined
  'sing|sang,sung', 'type', 'opine', 'press', 'confide', 'confess', 'chide', 'rebuke', 'taunt', 'mutter',
  'murmur', 'intone', 'gripe', 'posit', 'theorize', 'theorise', 'surmise',
  // said with a manner ("“This is fantastic!” beamed Tom Hale", "“Why?” reacted Okafor")
  'beam', 'react', 'blare',
  // cognition and stance
  'think|thought', 'believe', 'feel|felt', 'fear', 'hope', 'expect', 'sense', 'worry|worried',
  'doubt', 'express', 'know|knew,known', 'acknowledge', 'find|found', 'consider', 'suspect', 'want',
]

/** Lemmas that may be followed by "that" but whose subject is not a source. */
const notCues = new Set(['beam', 'react', 'blare', 'press', 'type', 'refer', 'remember', 'cry', 'start', 'begin', 'put', 'chime', 'name', 'offer', 'quote', 'point', 'order', 'attack', 'brief', 'consider', 'want', 'find', 'know', 'read', 'object', 'continue', 'post', 'welcome', 'sense', 'hope', 'fear', 'expect', 'believe', 'think', 'feel'])

/** Surface form → lemma, for every form of every reporting verb. */
export const reportingVerbs: ReadonlyMap<string, string> = lazyMap(() => verbTable(lemmas))

/**
 * Lemmas whose form only attributes when a quote or a "that"/"as" follows; bare,
 * they are too often ordinary verbs ("the state", "a point", "the report").
 */
export const weakReportingVerbs: ReadonlySet<string> = notCues

/** Verbs that name a quoted phrase as a label ("called it “a hoax”"): the nearest subject owns the words. */
export const namingVerbs: ReadonlySet<string> = new Set(['pronounce', 'name', 'call', 'describe', 'characterize', 'characterise', 'label', 'dub', 'term', 'brand', 'deem'])

/**
 * Whether a verb form is the bare lemma ("call", "report", "claim"), which is far
 * more often a noun ("the recent call") than a verb unless a plural subject, a
 * pronoun, a modal or "to" stands before it.
 */
export function isBareForm(form: string): boolean {
  return reportingVerbs.get(form) === form
}

/** Particles that belong to a phrasal reporting verb ("pointed out", "spoke about"). */
export const verbParticles: ReadonlySet<string> = new Set(['out', 'about', 'of', 'on', 'up', 'back'])


/** Speech verbs that own a quote in their complement even past other verbs ("He added that Marle informed Varik “…”"). */
export const outerLemmas = new Set(['say', 'tell', 'add', 'note', 'explain', 'state', 'claim', 'assert', 'argue', 'insist', 'contend', 'maintain', 'warn', 'suggest', 'indicate', 'announce', 'declare', 'confirm', 'deny', 'acknowledge', 'admit', 'reply', 'respond', 'write', 'report', 'reveal', 'describe', 'characterize', 'accuse', 'charge', 'allege', 'urge', 'promise', 'pledge', 'vow', 'predict', 'emphasize', 'emphasise', 'stress', 'repeat', 'reiterate', 'recall', 'comment', 'remark', 'observe', 'mention', 'complain', 'echo', 'testify', 'inform', 'assure', 'recount', 'point', 'tweet', 'post', 'ask', 'refute', 'dismiss', 'reject', 'counter', 'concede', 'caution', 'speak'])

/** Lemmas that never attribute a quote that comes before them ("“…” Marle wanted"). */
export const notAfter = new Set(['applaud', 'cheer', 'welcome', 'praise', 'want', 'know', 'find', 'consider', 'attack', 'order', 'point', 'brief', 'object', 'question', 'defend', 'welcome', 'hope', 'fear'])

/** Verb and particle pairs that attribute a quote before them ("went on", "shot back"). */
export const phrasalCues = new Map([['went', 'on'], ['goes', 'on'], ['shot', 'back'], ['fired', 'back'], ['hit', 'back'], ['chimed', 'in'], ['piped', 'up'], ['cut', 'in'], ['cried', 'out'], ['called', 'out']])
