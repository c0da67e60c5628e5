import {titleHeads} from '../entities/titles.js'
import {sentenceWindow, type Attribution} from './attribution.js'
import {clauseSubject} from './clause-subject.js'
import {findAttribution} from './find-attribution.js'
import type {Frame, FrameToken} from './frame.js'
import {resolveSpeaker, type SpeakerContext} from './resolve-speaker.js'
import type {Speaker} from './types.js'
import {determiners, subordinators} from './function-words.js'
import {groupNouns, phraseAfter} from './noun-phrase.js'
import {lowerBound} from '../span-index.js'
import {labelClause} from './label-clause.js'

/**
 * The subject of a quote's sentence when no reporting verb attributes it ("Marle
 * stood by his comment that “Islam hates us”", "The ad targets a “rigged
 * economy”"): a pronoun, a phrase naming a person or an organisation, a role, or
 * a described source, before the verb of the sentence.
 */
export function sentenceSubject(context: SpeakerContext, tokens: readonly FrameToken[], q: number, lo: number): Speaker | null {
  const fronted = labelSubject(context, tokens, q, lo) ?? frontedSubject(context, tokens, q, lo) ?? headlineSubject(context, tokens, q, lo)
  if (fronted) return fronted
  if (q - lo < 2) return null
  const phrase = clauseSubject(tokens, lo, q, true)
  if (!phrase) return null
  // "Edmund Hollins, the independent Vermont senator …, enjoys “…”": over an appositive to the verb.
  let j = phrase.to + 1
  if (tokens[j]?.text === ',') {
    let k = j + 1
    // The appositive may end in a quoted title that holds its comma (", star of “Morning Riverton,”").
    while (k < q && k - j < 30 && tokens[k]!.text !== ',' && !(tokens[k]!.kind === 'quote' && /,\s*["'“”‘’«»]?\s*$/.test(tokens[k]!.text))) k++
    if (k < q) j = k + 1
    // "Dana Okafor, after a video about the “river towns,” revamped …": the aside ends in the quote.
    else if (k === q && /,\s*["'“”‘’«»]*\s*$/.test(tokens[q]!.text)) j = q + 1
  }
  if (tokens[j]?.kind !== 'word') return null
  const speaker = resolveSpeaker(context, phrase)
  if (!speaker) return null
  // A pronoun, a known person or body, a described role ("the former Florida governor"),
  // or a source described with a determiner or a possessive ("The letter then adds:",
  // "the survey asks", "Hoff's letter makes the case: …"): documents and groups speak too,
  // and such a subject is a better guess than the last speaker.
  const role = tokens.slice(phrase.from, phrase.to + 1).some((t) => titleHeads.has(t.lower))
  const first = tokens[phrase.from]!
  // "Supporters in the crowd waved “…” signs", "Farm experts have discounted …": a plural of people speaks too.
  const described = !phrase.pronoun && (determiners.has(first.lower) || first.possessive || groupNouns.has(tokens[phrase.to]!.lower))
  if (phrase.pronoun ? !['he', 'she', 'they'].includes(tokens[phrase.from]!.lower) : speaker.entity === null && !role && !described) return null
  return {...speaker, method: 'clause-subject'}
}

/**
 * The subject of a new clause between an earlier quote of the sentence (token `from`)
 * and the quote at `q`, when one opens there: after ", while", ", whereas" or ", but"
 * ("Reyes calls it “overdue,” while Lund calls it “a luxury”"), or after the quote
 * that closes a leading subordinate clause ("While Adler calls the levy “bold,” Marek
 * keeps pointing to its “hidden costs”"). Null when no new clause opens or it has no subject,
 * so the quote stays with the earlier quote's speaker.
 */
export function freshSubject(context: SpeakerContext, tokens: readonly FrameToken[], from: number, q: number, lo: number): Speaker | null {
  let start = -1
  for (let k = from + 1; k < q - 1 && start < 0; k++) {
    const before = tokens[k - 1]!
    const comma = before.text === ',' || (k - 1 === from && /,\s*["'”’]*\s*$/.test(before.text))
    if (comma && ['while', 'whereas', 'but'].includes(tokens[k]!.lower)) start = k + 1
  }
  if (start < 0 && subordinators.has(tokens[lo]?.lower ?? '') && tokens[lo]!.cap && /,\s*["'”’]*\s*$/.test(tokens[from]!.text) && tokens[from + 1]?.cap) start = from + 1
  if (start < 0 || q - start < 2) return null
  const phrase = clauseSubject(tokens, start, q, true)
  if (!phrase || phrase.from !== start) return null
  const speaker = resolveSpeaker(context, phrase)
  if (!speaker || (phrase.pronoun && speaker.entity === null)) return null
  const role = tokens.slice(phrase.from, phrase.to + 1).some((t) => titleHeads.has(t.lower))
  return speaker.entity !== null || role ? {...speaker, method: 'clause-subject'} : null
}

/**
 * A paragraph that is only a quote, after a paragraph ending in a colon ("Lund
 * continued:"): the cue is at the end of the paragraph before.
 */
export function introAttribution(frames: readonly Frame[], frame: Frame): Attribution | null {
  const index = frames.indexOf(frame)
  const previous = frames[index - 1]
  if (!previous || previous.block !== frame.block - 1) return null
  const last = previous.tokens[previous.tokens.length - 1]
  if (!last || last.text !== ':') return null
  const tokens: FrameToken[] = [...previous.tokens, {...last, kind: 'quote', text: '', lower: '', run: -1}]
  const found = findAttribution(tokens, tokens.length - 1)
  if (found) return found
  // "He then listed the qualities a nominee needs:" — no reporting verb, but the
  // sentence's subject introduces what follows.
  const colon = previous.tokens.length - 1
  const [lo] = sentenceWindow(tokens, colon)
  const phrase = clauseSubject(previous.tokens, lo, colon, true)
  return phrase ? {phrase, cue: {start: last.start, end: last.end, type: 'colon'}, place: 'before'} : null
}

/** Prepositions that open a fronted phrase before a sentence's subject ("In an address that …, Hale struck"). */
const frontingPrepositions = new Set(['in', 'at', 'during', 'after', 'before', 'with', 'amid', 'despite', 'following', 'from', 'on', 'throughout', 'over'])

/**
 * "In a speech that touched on the “worry, the doubt” about rents, Mayor Okafor struck
 * the same notes": a quote inside a phrase fronted by a preposition belongs to the
 * subject after that phrase's comma.
 */
function frontedSubject(context: SpeakerContext, tokens: readonly FrameToken[], q: number, lo: number): Speaker | null {
  const first = tokens[lo]
  if (!first || first.kind !== 'word' || !first.cap || !frontingPrepositions.has(first.lower)) return null
  for (let k = q + 1; k < Math.min(tokens.length, q + 25); k++) {
    const t = tokens[k]!
    if (t.kind === 'end' || t.kind === 'quote' || t.sentence !== first.sentence) return null
    if (t.text !== ',') continue
    const phrase = phraseAfter(tokens, k + 1, Math.min(tokens.length, k + 12))
    const verb = phrase ? tokens[phrase.to + 1] : undefined
    if (!phrase || !verb || verb.kind !== 'word' || verb.cap) continue
    const speaker = resolveSpeaker(context, phrase)
    if (!speaker) return null
    if (phrase.pronoun ? !['he', 'she', 'they'].includes(tokens[phrase.from]!.lower) : speaker.entity === null) return null
    return {...speaker, method: 'clause-subject'}
  }
  return null
}

/**
 * "Sara Lund Asked Why Marle Is Never “Fair To Teachers.”": in a title-case
 * line (every word capitalised up to the quote) that opens with a person's name, the
 * name is the subject; a line-long capitalised run is never read as one noun phrase.
 */
function headlineSubject(context: SpeakerContext, tokens: readonly FrameToken[], q: number, lo: number): Speaker | null {
  if (q - lo < 3) return null
  for (let k = lo; k < q; k++) if (tokens[k]!.kind !== 'word' || !tokens[k]!.cap) return null
  const mentions = context.entities.mentions
  const m = mentions[lowerBound(mentions, tokens[lo]!.start)]
  const entity = m && m.start === tokens[lo]!.start ? context.byId.get(m.entity) : undefined
  if (!m || !entity || entity.kind !== 'person' || m.end >= tokens[q - 1]!.end) return null
  return {name: entity.name, entity: entity.id, mention: {text: m.text, start: m.start, end: m.end}, method: 'clause-subject', type: 'person'}
}

/**
 * "Okafor: Harbor Plan Was ‘Rushed’", "Mayor Okafor: Ferry Audit Shows ‘Waste’": a line
 * that opens with a label and a colon says what the label says, so a quote in it with
 * no cue of its own is the label's, when the label names a person the article names
 * again elsewhere (a section label, "Loom Market: …", names a subject, not a speaker).
 */
function labelSubject(context: SpeakerContext, tokens: readonly FrameToken[], q: number, lo: number): Speaker | null {
  const label = labelClause(tokens, lo, q)
  if (!label || label.colon >= q) return null
  const speaker = resolveSpeaker(context, label.phrase)
  if (!speaker || speaker.entity === null || speaker.type !== 'person') return null
  // Named again outside the label: a person the article is about, not a section's name ("Loom Market: …").
  const again = context.byId.get(speaker.entity)?.mentions.some((m) => m.start >= tokens[q]!.end || m.end <= tokens[lo]!.start)
  return again ? {...speaker, method: 'clause-subject'} : null
}
