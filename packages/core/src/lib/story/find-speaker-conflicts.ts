import {escapeRegExp} from '../escape-reg-exp.js'
import {clusterQuotes} from './group-quotes.js'
import {compareTokens} from './compare-tokens.js'
import {isExplicit, type QuoteRef, type QuoteSource} from './quote-refs.js'
import type {Conflict} from './types.js'

/**
 * One utterance that two outlets give to two different people, each named in the
 * outlet's own attributing clause ("Smith said", "Jones, the mayor, said"). A
 * reading that is only inferred (a pronoun, the previous speaker, a carried-over
 * attribution) is no evidence against a named one, and when a third rendering of
 * the group agrees with one of the two, the group's speaker is decided by that
 * agreement and there is no conflict; nor is there one when an outlet names the
 * other's speaker too in the sentence around the quote (words said jointly). Short phrases two people really both said
 * are never grouped (see `matchQuotes`), so they raise nothing here.
 */
export function findSpeakerConflicts(sources: readonly QuoteSource[]): Array<Omit<Conflict, 'id'>> {
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  for (const refs of clusterQuotes(sources)) {
    // A rendering that is only the words nested inside another's quote has its own
    // speaker: the one the outer speaker quotes.
    const nested = nestedPhrases(refs)
    const named = refs.filter((ref) => isExplicit(ref) && !nestedInOther(ref, nested))
    const ids = [...new Set(named.map((ref) => ref.speaker!.id))]
    if (ids.length < 2) continue
    const filesOf = (id: string) => new Set(refs.filter((ref) => ref.speaker?.id === id).map((ref) => ref.source.file))
    if (ids.some((id) => filesOf(id).size > 1)) continue
    if (new Set(named.map((ref) => ref.source.file)).size < 2) continue
    const first = new Map<string, QuoteRef>()
    for (const ref of named) if (!first.has(ref.speaker!.id)) first.set(ref.speaker!.id, ref)
    const members = [...first.values()]
    if (members.some((ref) => members.some((other) => other !== ref && namedBeside(ref, other.speaker!.name)))) continue
    const words = Math.min(...members.map((ref) => ref.tokens.length))
    conflicts.push({
      kind: 'speaker', group: null, confidence: 0.6,
      reason: `one utterance (${words}+ words matched) that each outlet attributes by name to a different person, and no other outlet agrees with either`,
      summary: `the same words are ${members.map((ref) => `${ref.speaker!.name}'s in ${ref.source.file}`).join(' and ')}`,
      members: members.map((ref) => ({file: ref.source.file, article: ref.source.article.id, start: ref.quote.start, end: ref.quote.end, text: ref.quote.text, value: ref.speaker!.name}))
    })
  }
  return conflicts
}

/**
 * Whether the sentence that carries a quote also names `name` (by its last word):
 * the outlet gives the words to several people together ("Reyes, Ortiz and Lund
 * said in a joint statement", read as the last of them) or sets the two side by
 * side, so another outlet naming that person is no contrary reading.
 */
function namedBeside(ref: QuoteRef, name: string): boolean {
  const surname = name.trim().split(/\s+/u).at(-1) ?? ''
  if (surname.length < 3 || !/^\p{Lu}/u.test(surname)) return false
  const {text, sentences} = ref.source.article
  const from = sentences.find((sentence) => sentence.start <= ref.quote.start && ref.quote.start < sentence.end)?.start ?? ref.quote.start
  const to = sentences.find((sentence) => sentence.start < ref.quote.end && ref.quote.end <= sentence.end)?.end ?? ref.quote.end
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)}(?![\\p{L}\\p{N}])`, 'u')
  return pattern.test(text.slice(from, ref.quote.start)) || pattern.test(text.slice(ref.quote.end, to))
}

/** A quote inside a quote: marks opening after a space or bracket and closing before a non-letter. */
const nestedPattern = /(?<=^|[\s([{])['‘"“]([^'‘’"“”]+)['’"”](?![\p{L}])/gu

/** Per quote text of a group: how many members carry it and the words of the quotes nested in it (each text read once). */
function nestedPhrases(refs: readonly QuoteRef[]): Map<string, {count: number, phrases: string[]}> {
  const texts = new Map<string, {count: number, phrases: string[]}>()
  for (const {quote: {text}} of refs) {
    const entry = texts.get(text)
    if (entry) entry.count++
    else texts.set(text, {count: 1, phrases: [...text.matchAll(nestedPattern)].map((match) => ` ${compareTokens(match[1]!, {spellOut: true}).map((token) => token.word).join(' ')} `)})
  }
  return texts
}

/** Whether the words of `inner` stand inside a quote nested in another member's text. */
function nestedInOther(inner: QuoteRef, texts: ReadonlyMap<string, {count: number, phrases: string[]}>): boolean {
  const words = ` ${inner.tokens.map((token) => token.word).join(' ')} `
  for (const [text, {count, phrases}] of texts) {
    if ((text !== inner.quote.text || count > 1) && phrases.some((phrase) => phrase.includes(words))) return true
  }
  return false
}
