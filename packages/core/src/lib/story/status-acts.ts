import {looksPast} from '../quotes/function-words.js'
import {verbTable} from '../quotes/verb-table.js'
import {eventDayKey} from './event-day-keys.js'
import {clauseWords} from './event-words.js'
import {determiners, tokensOfText, type Token} from './event-mentions.js'
import {stemOf} from './stem-of.js'
import type {StoryClaim} from './types.js'

/** One act a sentence tells as done ("Vale has won the Ardent primary") or as expected ("Vale is expected to win the Ardent primary on Tuesday"). */
export interface StatusAct {
  claim: StoryClaim
  status: 'done' | 'expected'
  /** Actor, act and the object's head, each as a stem ("vale|win|primary"); a passive has no actor ("|releas|ledger"). */
  key: string
  /** Stems of the object's words, and of those among them that are names. */
  object: readonly string[]
  names: readonly string[]
  /** For an expected act: the one day its sentence names (see `eventDayKey`), else null. */
  day: string | null
  /** The words from the actor to the object's end, as written. */
  text: string
}

/** Words that tell an act as expected or scheduled, after "is" / "are" ("is expected to", "is set to"). */
const expectWords: ReadonlySet<string> = new Set(['expected', 'set', 'scheduled', 'slated', 'poised', 'due'])
/** Words that may stand between an actor and its verb ("Vale has also won", "Vale is widely expected to"). */
const fillers: ReadonlySet<string> = new Set(['has', 'have', 'had', 'also', 'now', 'officially', 'formally', 'finally', 'already', 'widely', 'still'])
const copulas: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were'])
const passives: ReadonlySet<string> = new Set(['was', 'were', 'been'])
const pronouns: ReadonlySet<string> = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'there', 'this'])
const prepositions: ReadonlySet<string> = new Set(['of', 'to', 'for', 'with', 'in', 'into', 'from', 'by', 'about', 'over', 'under', 'after', 'before', 'against', 'at', 'on', 'through', 'during', 'until', 'since', 'as', 'than'])
/** Words that make an act not done: "had not won", "would have won". */
const notDone: ReadonlySet<string> = new Set(['not', 'never', 'would', 'could', 'should', 'might', 'may', 'must', 'will', 'if', 'whether', 'to', 'yet'])
/** Common irregular past forms and participles, by lemma (general English; the regular ones are read by their stem). */
const irregular = verbTable(['win|won', 'lose|lost', 'take|took,taken', 'give|gave,given', 'hold|held', 'meet|met', 'make|made', 'get|got,gotten',
  'begin|began,begun', 'become|became', 'run|ran', 'lead|led', 'send|sent', 'bring|brought', 'seek|sought', 'find|found', 'choose|chose,chosen',
  'speak|spoke,spoken', 'break|broke,broken', 'sell|sold', 'buy|bought', 'leave|left', 'pay|paid', 'build|built', 'write|wrote,written', 'draw|drew,drawn'])
/** Words the object reads at most. */
const objectReach = 5

/** The act's verb as a key: an irregular form's lemma, else the word's stem ("won" and "win"; "released" and "release"). */
function verbKey(word: string): string {
  return stemOf(irregular.get(word) ?? word)
}

/** Whether a token is a past form of an act ("won", "released"; not "expected"). */
function isPast(token: Token): boolean {
  return irregular.has(token.lower) ? irregular.get(token.lower) !== token.lower : looksPast(token.lower)
}

/**
 * The acts a sentence tells as done or as expected, outside quotation marks: a named
 * actor (a capitalised word, no pronoun), then "is expected / set / scheduled / poised
 * to" and a verb, or a past verb ("has won", "won"), then its object up to a
 * preposition, clause word or punctuation; a passive ("is set to be released" / "was
 * released") keys on its named subject. A negated or modal act, and a hedged or denied
 * sentence telling it done, are left out.
 */
export function statusActs(claim: StoryClaim): StatusAct[] {
  const tokens = tokensOfText(claim.text)
  const acts: StatusAct[] = []
  const named = (token: Token) => /^\p{Lu}/u.test(claim.text.slice(token.start, token.end))
  const quoted = quotedStretches(claim.text)
  for (let i = 0; i < tokens.length; i++) {
    const actor = tokens[i]!
    if (!named(actor) || pronouns.has(actor.lower) || determiners.has(actor.lower) || quoted(actor.start)) continue
    let j = i + 1
    while (j < tokens.length && fillers.has(tokens[j]!.lower) && !tokens[j]!.boundaryBefore) j++
    const at = tokens[j]
    if (!at || at.boundaryBefore) continue
    const expected = copulas.has(at.lower) && expectWords.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'to' && !tokens[j + 1]!.boundaryBefore && !tokens[j + 2]!.boundaryBefore
    if (expected) {
      const passive = tokens[j + 3]?.lower === 'be'
      const verb = passive ? j + 4 : j + 3
      const act = actOf(claim, tokens, actor, verb, passive, named)
      if (act) acts.push({...act, status: 'expected', day: dayOf(claim)})
      continue
    }
    if (claim.stance === 'hedged' || claim.stance === 'denied') continue
    if (tokens.slice(Math.max(0, i - 2), j).some((token) => notDone.has(token.lower))) continue
    const passive = passives.has(at.lower) && tokens[j + 1] !== undefined && isPast(tokens[j + 1]!) && !tokens[j + 1]!.boundaryBefore
    const verb = passive ? j + 1 : j
    if (!tokens[verb] || !isPast(tokens[verb]!) || expectWords.has(tokens[verb]!.lower)) continue
    const act = actOf(claim, tokens, actor, verb, passive, named)
    if (act) acts.push({...act, status: 'done', day: null})
  }
  return acts
}

/** The act from its actor and verb: key, object and text; null when the verb or object says too little. */
function actOf(claim: StoryClaim, tokens: readonly Token[], actor: Token, verb: number, passive: boolean, named: (token: Token) => boolean): Omit<StatusAct, 'status' | 'day'> | null {
  const head = tokens[verb]
  if (!head || head.boundaryBefore || head.lower.length < 3) return null
  const act = verbKey(head.lower)
  if (passive) {
    const subject = stemOf(actor.key)
    return {claim, key: `|${act}|${subject}`, object: [subject], names: [subject], text: claim.text.slice(actor.start, head.end)}
  }
  const object: Token[] = []
  let end = head.end
  // The object ends where a date begins ("address the convention Monday night").
  const dated = claim.dates.map((date) => claim.text.indexOf(date.text)).filter((at) => at >= 0)
  for (let k = verb + 1; k < tokens.length && object.length < objectReach; k++) {
    const token = tokens[k]!
    if (token.boundaryBefore || prepositions.has(token.lower) || clauseWords.has(token.lower) || /^\d/.test(token.lower) || dated.includes(token.start)) break
    end = token.end
    if (!determiners.has(token.lower)) object.push(token)
  }
  // "won the race" names too little (many races are): two words or a name.
  if (object.length === 0 || (object.length < 2 && !object.some(named))) return null
  const stems = object.map((token) => stemOf(token.key))
  return {claim, key: `${stemOf(actor.key)}|${act}|${stems[stems.length - 1]}`, object: stems, names: object.filter(named).map((token) => stemOf(token.key)),
    text: claim.text.slice(actor.start, end)}
}

/** The one day a sentence names, as a key, or null. */
function dayOf(claim: StoryClaim): string | null {
  const days = claim.dates.map(eventDayKey).filter((day) => day !== null)
  return days.length === 1 ? days[0]! : null
}

/** Whether an offset of the text falls inside quotation marks. */
function quotedStretches(text: string): (at: number) => boolean {
  const spans = [...text.matchAll(/“[^“”]*”|"[^"]*"/g)].map((m) => [m.index, m.index + m[0].length] as const)
  return (at) => spans.some(([from, to]) => from <= at && at < to)
}
