import type {FrameToken} from './frame.js'
import {subjectBefore} from './noun-phrase.js'
import {beforeMainVerb} from './phrase-end.js'
import type {ReportedClause} from './reported-clause.js'
import {contentEnd} from './reported-content.js'

/**
 * Participles of stance that describe the noun before them by what it backs or
 * attacks ("a group backing Okafor", "voters opposing the levy"), with their
 * lemmas: the support and opposition senses of VerbNet 3.x admire-31.2 (support,
 * back, favor, endorse) and judgment-33 (oppose, attack, criticize, praise,
 * condemn, denounce).
 */
const stanceParticiples: ReadonlyMap<string, string> = new Map([
  ['supporting', 'support'], ['backing', 'back'], ['favoring', 'favor'], ['endorsing', 'endorse'],
  ['opposing', 'oppose'], ['attacking', 'attack'], ['criticizing', 'criticize'], ['praising', 'praise'],
  ['condemning', 'condemn'], ['denouncing', 'denounce']
])

/** Words an object begins with that make it no content worth a quote, or no object at all. */
const noObject = new Set(['it', 'this', 'that', 'them', 'him', 'her', 'me', 'us', 'you', 'up', 'down', 'away', 'off', 'out', 'and', 'or', 'but'])

/**
 * Advertising and display nouns: "ads supporting Okafor" is paid-for material
 * about her, not a stance the ads hold (their buyer's is not named there).
 */
const advertising = new Set(['ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertisements', 'commercial', 'commercials', 'spot', 'spots', 'mailer', 'mailers', 'billboard', 'billboards', 'sign', 'signs', 'poster', 'posters', 'banner', 'banners', 'flyer', 'flyers', 'leaflet', 'leaflets'])

/** Words that open a relative clause on the object. */
const relatives = new Set(['who', 'whom', 'whose', 'which', 'who’s', "who's"])

/**
 * "a super PAC backing Okafor", "voters opposing the levy": a stance participle
 * right after its noun. The noun phrase holds the stance; its object (a noun
 * phrase, up to the sentence's own verb) is the content.
 */
export function stanceParticiple(tokens: readonly FrameToken[], v: number, lo: number, hi: number): ReportedClause | null {
  const t = tokens[v]!
  const lemma = stanceParticiples.get(t.lower)
  const before = tokens[v - 1]
  const first = tokens[v + 1]
  if (!lemma || before?.kind !== 'word' || advertising.has(before.lower) || first?.kind !== 'word' || noObject.has(first.lower)) return null
  const phrase = subjectBefore(tokens, v, lo)
  if (!phrase || phrase.to !== v - 1) return null
  let end = beforeMainVerb(tokens, v + 1, contentEnd(tokens, v + 1, hi, 'object'))
  // "a Democrat supporting Okafor who's trying to …": a relative clause on the object is the writer's.
  for (let k = v + 2; k <= end; k++) if (relatives.has(tokens[k]!.lower)) end = k - 1
  return end > v ? {phrase, cue: {start: t.start, end: t.end, type: 'verb'}, place: 'before', content: [v + 1, end], lemma} : null
}
