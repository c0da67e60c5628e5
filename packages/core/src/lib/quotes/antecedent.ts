import {lowerBound, upperBound} from '../span-index.js'
import type {Entity, Mention} from '../entities/types.js'
import type {Span} from '../types.js'
import {genderOf} from './name-gender.js'
import type {SpeakerContext} from './resolve-speaker.js'
import {subjectPronounOf} from './function-words.js'

/** The entity a pronoun at `at` most likely stands for. */
export function antecedent(context: SpeakerContext, at: number, want: 'male' | 'female' | 'person' | 'body', reach = 5, plural = false): Entity | null {
  const {sentences} = context
  let s = upperBound(sentences, at) - 1
  for (let back = 0; back < reach && s >= 0; back++, s--) {
    const sentence = sentences[s]!
    const limit = back === 0 ? at : sentence.end
    // "Ortiz left early. He said … He's said “…”": an earlier sentence whose subject is the
    // same pronoun hands on that pronoun's person (the subject chain beats a later object).
    if (back > 0 && (want === 'male' || want === 'female') && opensWithPronoun(context, sentence, want)) {
      return antecedent(context, sentence.start, want, reach - back)
    }
    const found: Mention[] = []
    const mentions = context.entities.mentions
    for (let k = lowerBound(mentions, sentence.start); k < mentions.length && mentions[k]!.start < limit; k++) {
      const m = mentions[k]!
      if (m.end > limit) continue
      if (inside(context.quoted, m.start)) continue
      const entity = context.byId.get(m.entity)!
      if (want === 'body' ? entity.kind === 'person' || (entity.kind === 'place' && plural) : entity.kind !== 'person') continue
      if ((want === 'male' || want === 'female') && (!fits(entity, want) || entity.id === context.notThird)) continue
      found.push(m)
    }
    if (found.length === 0) continue
    // The relative "who" stands for the person just before it; a personal pronoun for the sentence's subject.
    // A person of a pair joined by "and" is half of a plural subject, which "they" takes up:
    // a lone person of the sentence is the likelier "he" or "she".
    const subject = want === 'person' ? found[found.length - 1]!
      : found.find((m) => !m.possessive && !paired(context, m)) ?? found.find((m) => !m.possessive) ?? found[0]!
    return context.byId.get(subject.entity)!
  }
  return null
}

/** Whether a person mention is joined by "and" to a person named right before or after it ("Ms. Ortiz and Mr. Hale"). */
function paired(context: SpeakerContext, m: Mention): boolean {
  const {mentions} = context.entities
  const k = lowerBound(mentions, m.start)
  const person = (other: Mention | undefined) => other !== undefined && other.entity !== m.entity && context.byId.get(other.entity)!.kind === 'person'
  const before = mentions[k - 1]
  const after = mentions[k + 1]
  const startOf = (x: Mention) => (x.title && x.title.start < x.start ? x.title.start : x.start)
  return (person(before) && pairGap.test(context.text.slice(before!.end, startOf(m)).replace(partyLabel, ''))) ||
    (person(after) && pairGap.test(context.text.slice(m.end, startOf(after!)).replace(partyLabel, '')))
}

/** Only "and" between two names of a pair. */
const pairGap = /^,?\s+and\s+$/

/** Whether a sentence outside quotes opens with "He" (or "She", as `want` says). */
function opensWithPronoun(context: SpeakerContext, sentence: Span, want: 'male' | 'female'): boolean {
  const opening = /^\s*(\p{L}+)/u.exec(context.text.slice(sentence.start, sentence.start + 12))
  if (!opening || inside(context.quoted, sentence.start + opening.index)) return false
  const word = (subjectPronounOf(opening[1]!.toLowerCase()) ?? opening[1]!.toLowerCase())
  return word === (want === 'female' ? 'she' : 'he')
}

/**
 * People joined by "and" ("Ms. Ortiz and Mr. Hale"; "Chair Ada Ortiz, R-Ky.; and
 * Finance Committee Chair Lee Hale") in the sentence of `at` or the two before,
 * outside quotes, in text order: what a plural "they" most often stands for. A
 * capitalised title between "and" and the name (a committee, a rank) may name a body
 * of its own without breaking the list.
 */
export function coordinatedPeople(context: SpeakerContext, at: number): Entity[] | null {
  const {sentences, text} = context
  const last = upperBound(sentences, at) - 1
  if (last < 0) return null
  // "A and B released a statement. … they said. They added …": a "they" of the sentences
  // between carries the list on, so it may end three sentences further back.
  const reach = chainedThey(context, sentences[Math.max(0, last - 2)]!.start, sentences[last]!.start) ? 5 : 2
  // The list must end in one of the three sentences up to `at`; they and the one
  // before are read as one run, since a list of titled names may hold what a
  // sentence splitter takes for sentence ends ("R-S.C.; and …").
  const mentions = context.entities.mentions
  let best: {sentence: number, people: Mention[]} | null = null
  let previous: Mention | null = null
  let list: Mention[] = []
  for (let k = lowerBound(mentions, sentences[Math.max(0, last - reach - 1)]!.start); k < mentions.length && mentions[k]!.start < at; k++) {
    const m = mentions[k]!
    if (m.end > at) continue
    const entity = context.byId.get(m.entity)!
    if (m.possessive || inside(context.quoted, m.start)) { previous = null; list = []; continue }
    // A body named in the title of the next person ("Finance Committee Chair Lee Hale") is passed over.
    if (entity.kind !== 'person') continue
    const gap = previous ? text.slice(previous.end, m.title && m.title.start < m.start ? m.title.start : m.start).replace(partyLabel, '') : ''
    if (previous && previous.entity !== m.entity && joined.test(gap)) {
      if (list.length === 0) list.push(previous)
      list.push(m)
      // "A, B and C": a list ends at its "and"; the one of the latest sentence is taken, the first there.
      const sentence = upperBound(sentences, m.start) - 1
      if (/\band\b/.test(gap) && sentence >= last - reach && (!best || sentence > best.sentence)) best = {sentence, people: [...list]}
    } else {
      list = []
    }
    previous = m
  }
  return best ? best.people.map((each) => context.byId.get(each.entity)!) : null
}

/** Whether a "they" outside quotes stands between `from` and `to`. */
function chainedThey(context: SpeakerContext, from: number, to: number): boolean {
  for (const m of context.text.slice(from, to).matchAll(/\b[Tt]hey\b/g)) if (!inside(context.quoted, from + m.index)) return true
  return false
}

/** A party label after a name ("R-Ky.", "(D-Vt.)"). */
const partyLabel = /,?\s*\(?[RDI]-[A-Z][\w.]*\)?/g
/** What joins two people of a list: "and" or a list's comma or semicolon, then at most a capitalised title. */
const joined = /^(?:[,;]?\s+and|[,;])\s+(?:\p{Lu}[\p{L}.'-]*\s+){0,5}$/u

/** A person fits a pronoun unless a title (Mrs., chairwoman / Mr., king) or a given name says otherwise. */
function fits(entity: Entity, want: 'male' | 'female'): boolean {
  const gender = genderOf(entity)
  return gender === null || gender === want
}

/** Whether `at` falls inside one of the sorted, disjoint spans. */
function inside(spans: readonly Span[], at: number): boolean {
  const k = upperBound(spans, at) - 1
  return k >= 0 && at < spans[k]!.end
}

