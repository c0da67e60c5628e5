import type {StanceCue} from '../claims/types.js'
import {distancingRegex} from '../claims/hedge-words.js'
import type {StoryClaim} from './types.js'

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu
/** Words that negate the clause they stand in. */
const negations = new Set(['not', 'never', 'no', "n't", 'nobody', 'nothing', 'neither', 'nor', 'none'])
/** Words after a number that say what happened to what is counted ("killed", "injured"): past participles and a few adjectives. */
const outcomeAdjectives = new Set(['dead', 'hurt', 'missing', 'injured', 'wounded', 'killed', 'homeless', 'displaced', 'sick', 'ill'])
/** Number words, scale words and qualifier words inside a quantity's text: not what is counted. */
const numberish = /^(?:a|an|the|of|and|to|or|at|least|most|more|less|fewer|than|about|around|almost|nearly|some|roughly|up|over|under|just|close|as|many|no|approximately|estimated|an|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|dozens|hundreds|thousands|millions|billions|scores|percent|half|third|quarter|bn|mn|tn)$/

/** Lower-case words of a text with their offsets. */
export function wordsOf(text: string): Array<{word: string, start: number, end: number}> {
  // An exec loop, and the apostrophe replaced only where there is one: this runs on
  // every sentence of a story, some hundred thousand words for a thousand articles.
  const out: Array<{word: string, start: number, end: number}> = []
  wordPattern.lastIndex = 0
  for (let m = wordPattern.exec(text); m !== null; m = wordPattern.exec(text)) {
    const lower = m[0].toLowerCase()
    out.push({word: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + m[0].length})
  }
  return out
}

/**
 * What a quantity counts beyond its unit: the words that qualify the head noun inside
 * the quantity's own text ("civilian" in "12 civilian deaths") and what the sentence
 * says happened to it right after ("killed" in "12 people killed"). Two quantities of
 * one unit count different things when both say and they share nothing.
 */
export function countedQualifiers(claim: StoryClaim, quantity: {text: string, unit: string | null}): {modifiers: ReadonlySet<string>, outcome: ReadonlySet<string>} {
  // Asked per pair of aligned figures: read once per sentence text, quantity and unit.
  let ofText = qualifiersByText.get(claim.text)
  if (!ofText) {
    if (qualifiersByText.size >= keptTexts) qualifiersByText.clear()
    qualifiersByText.set(claim.text, ofText = new Map())
  }
  const key = `${quantity.unit ?? ''}\u0000${quantity.text}`
  let found = ofText.get(key)
  if (!found) ofText.set(key, found = readQualifiers(claim.text, quantity))
  return found
}

/** Sentence texts whose counted qualifiers are kept (by unit and quantity text), and how many before starting over. */
const qualifiersByText = new Map<string, Map<string, {modifiers: ReadonlySet<string>, outcome: ReadonlySet<string>}>>()
const keptTexts = 20000

function readQualifiers(text: string, quantity: {text: string, unit: string | null}): {modifiers: ReadonlySet<string>, outcome: ReadonlySet<string>} {
  const modifiers = new Set<string>()
  const unit = quantity.unit ?? ''
  for (const {word} of wordsOf(quantity.text)) {
    if (/\d/.test(word) || numberish.test(word) || word === unit || word.replace(/s$/, '') === unit || word.length < 3) continue
    modifiers.add(word.replace(/s$/, ''))
  }
  const outcome = new Set<string>()
  const at = text.indexOf(quantity.text)
  // "45 percent of rural voters" / "62 percent of the vote": a share is of what follows "of".
  if (at >= 0 && (unit === 'percent' || unit === 'fraction' || unit === 'percentage point')) {
    const of = /^\s+of\s+((?:[\p{L}'’-]+\s*){1,4})/u.exec(text.slice(at + quantity.text.length, at + quantity.text.length + 60))
    if (of) for (const {word} of wordsOf(of[1]!)) if (word.length > 2 && !numberish.test(word)) modifiers.add(word.replace(/s$/, ''))
  }
  // "leads Tamlin by 9 points" / "defeated Tamlin by 15 points": a margin is of what its verb says (a lead, a win).
  if (at >= 0) for (const word of marginVerbs(text, at)) outcome.add(word)
  if (at >= 0) {
    const after = wordsOf(text.slice(at + quantity.text.length, at + quantity.text.length + 40)).slice(0, 3)
    for (const {word} of after) {
      if (outcomeAdjectives.has(word) || (/ed$/.test(word) && word.length > 4)) outcome.add(word)
      if (!/^(?:were|was|are|is|have|been|had|has|reportedly|also|people|who)$/.test(word) && !outcomeAdjectives.has(word) && !/ed$/.test(word)) break
    }
  }
  return {modifiers, outcome}
}

/** Words between a margin's "by" and what comes before it that can name what the margin is of: not names, not pronouns or articles. */
const marginSkip = /^(?:the|a|an|his|her|their|its|him|them|us|me|you|it|about|just|only|nearly|almost|roughly|some|more|than)$/

/**
 * For a quantity given as a margin ("by 9 points"), the words in lower case among the
 * three before "by": the verb and object that say what the margin measures ("leads",
 * "defeated", "won the primary"). Empty when the quantity is no margin.
 */
function marginVerbs(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 60), at)
  const by = /\bby\s+$/.exec(before)
  if (!by) return []
  const out: string[] = []
  for (const {word, start} of wordsOf(before.slice(0, by.index)).slice(-3)) {
    const first = before[start]!
    if (first !== first.toLowerCase() || word.length < 3 || marginSkip.test(word)) continue
    out.push(`by:${word}`)
  }
  return out
}

/** Whether two sets both have members and share none. */
export function disjoint(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false
  for (const x of a) if (b.has(x)) return false
  return true
}

/** The negation words of a text (outside quotation marks too: a denial in a quote is the source's). */
export function negationsOf(text: string): string[] {
  const out: string[] = []
  for (const {word} of wordsOf(text)) {
    if (negations.has(word) || word.endsWith("n't")) out.push(word)
  }
  return out
}

/**
 * "an investigation into (Russia's) alleged meddling", "charged with allegedly
 * lying": what an inquiry or a charge is about is alleged by definition; the word
 * is the legal form, not the outlet distancing itself from a fact (AP Stylebook, "allege").
 */
const legalObject = /(?:investigat\p{L}*|probe|inquiry|case|charges?|charged|indicted|accused|convicted|arrested|trial|suspicion|lawsuit|suit|sued)\s+(?:into|of|over|with|for|on|about|in)\s+(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}.’'-]+(?:['’]s)?\s+)?$/iu

/**
 * The words that explicitly distance the claim in the outlet's voice ("alleged",
 * "is believed to", "unverified"): hedges among its cues that match the distancing
 * list, outside quotation marks (a source's own "alleged" is the source's stance),
 * and not the legal form after an inquiry or a charge.
 */
export function distancingWords(claim: StoryClaim, cues: readonly StanceCue[]): StanceCue[] {
  return cues.filter((cue) => {
    if (cue.kind !== 'hedge' || !distancingRegex.test(cue.text)) return false
    const before = claim.text.slice(0, Math.max(0, cue.start - claim.start))
    if (legalObject.test(before)) return false
    const opens = (before.match(/[“"]/g) ?? []).length
    const closes = (before.match(/”/g) ?? []).length
    return before.includes('“') ? opens - closes <= 0 : opens % 2 === 0
  })
}
