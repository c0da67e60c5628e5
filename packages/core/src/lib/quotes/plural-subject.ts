import {titleHeads} from '../entities/titles.js'
import {upperBound} from '../span-index.js'
import {groupNouns} from './noun-phrase.js'
import type {SpeakerContext} from './resolve-speaker.js'

/**
 * The plural people a "they" at `at` stands for when the subject of its sentence or
 * of one of the two before is a described group ("The three council members — … — issued a
 * statement. The papers, they said, …"): the subject of the previous clause beats a
 * body named later in it. The words of the group up to its plural head, or null.
 */
export function pluralSubject(context: SpeakerContext, at: number): {text: string, start: number, end: number} | null {
  const {sentences, text} = context
  let s = upperBound(sentences, at) - 1
  for (let back = 0; back < 3 && s >= 0; back++, s--) {
    const sentence = sentences[s]!
    // "On March 3, the league's lawyers wrote": the subject comes after a fronted phrase.
    const from = sentence.start + (fronted.exec(text.slice(sentence.start, Math.min(sentence.end, at, sentence.start + 60)))?.[0].length ?? 0)
    const opening = opener.exec(text.slice(from, Math.min(sentence.end, at, from + 80)))
    if (!opening) continue
    const words = opening[0].trim().split(/\s+/)
    const head = words[words.length - 1]!.toLowerCase()
    // "She told the councillors,": a pronoun opens a clause, not a group's name.
    if (!pluralPeople(head) || personalPronouns.has(words[0]!.toLowerCase())) continue
    const start = from + opening.index + (opening[0].length - opening[0].trimStart().length)
    return {text: opening[0].trim(), start, end: start + opening[0].trim().length}
  }
  return null
}

/** A fronted phrase before a sentence's subject: a preposition or time word up to its comma ("On March 3,"). */
const fronted = /^\s*(?:On|In|At|After|Before|During|Since|Last|Earlier|Later|By|Following|Amid|Within)\b[^,.;:]{0,40},/

/** Subject pronouns: they open a clause whose subject is no group's name. */
const personalPronouns: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you'])

/** A sentence's opening noun phrase: an optional determiner or number, up to four words ("the league's lawyers"). */
const opener = /^\s*(?:(?:The|These|Those|Both|All|Some|Several|Many|Two|Three|Four|Five|\d+)\s+)?(?:[\p{L}’'-]+\s+){0,3}[\p{L}-]+(?=\s*(?:[—–,(]|\s(?:have|had|were|are|said|say|issued|released|wrote|told|added|called|argued|noted|sent|signed)\b))/u

/** A plural noun for people: a group noun ("officials") or a plural title ("chairmen", "senators"). */
function pluralPeople(word: string): boolean {
  if (groupNouns.has(word)) return true
  if (word.endsWith('men')) return titleHeads.has(word.slice(0, -3) + 'man')
  return word.endsWith('s') && titleHeads.has(word.slice(0, -1))
}
