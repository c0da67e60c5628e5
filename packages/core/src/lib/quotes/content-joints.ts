import type {FrameToken} from './frame.js'
import {determiners, finiteWords, looksPast, pastForms, subjectPronouns} from './function-words.js'
import {isWord} from './phrase-words.js'

// Where reported content goes on or stops at "and", a comma or a parenthesis: a
// second predicate of the reporter ("and has …"), a list ("A, B and C"), "(D-Marle)".

/** Words that after a comma open a modifier of what came before, not more of the content. */
export const trailers = new Set(['which', 'whom', 'whose', 'when', 'where'])

/** Words that open a relative clause, whose own predicate a later "and" may continue. */
const relatives = new Set(['who', 'which', 'that', 'whom', 'whose'])

/**
 * Whether content tokens [from, k) read as a clause, with a subject and a verb of
 * its own ("he fears returning home"), or hold a relative clause ("a man who
 * memorized …"): a later "and" with a verb may continue it. An infinitive ("to
 * shut down …") and a noun phrase ("his mother") have no verb there.
 */
export function clauseBefore(tokens: readonly FrameToken[], from: number, k: number): boolean {
  if (tokens[from]?.lower === 'to') return false
  if (subjectPronouns.has(tokens[from]?.lower ?? '')) return true
  for (let j = from + 1; j < k; j++) {
    const w = tokens[j]!
    if (!isWord(w) || w.cap) continue
    if (relatives.has(w.lower) || finiteWords.has(w.lower) || pastForms.has(w.lower) || /n[’']t$/.test(w.lower)) return true
    if (/(?:[^e]ed|[^s'’]s)$/.test(w.lower) && !determiners.has(tokens[j - 1]!.lower) && !tokens[j - 1]!.possessive) return true
  }
  return false
}

/** Adverbs that may stand between "and" and its verb ("and then went", "and has repeatedly said"). */
const predicateAdverbs = new Set(['also', 'then', 'still', 'again', 'not', 'never', 'once', 'later', 'soon', 'even', 'only', 'just'])

/**
 * After "and" or "but", at `at`: a verb with no subject of its own ("and has
 * championed …", "and went back …", "and refused …"), so a second predicate of the
 * sentence's subject, not more of what it reports.
 */
export function nextPredicate(tokens: readonly FrameToken[], at: number): boolean {
  let k = at
  while (isWord(tokens[k]) && !tokens[k]!.cap && (predicateAdverbs.has(tokens[k]!.lower) || /ly$/.test(tokens[k]!.lower)) && k < at + 2) k++
  const t = tokens[k]
  if (!isWord(t) || t.cap) return false
  return finiteWords.has(t.lower) || looksPast(t.lower)
}

/** Words after a list comma that open an appositive or examples, not another item ("…, a plan", "…, including Reyes"). */
const listBreakers = new Set(['a', 'an', 'including', 'especially', 'particularly', 'notably'])

/** Most words of one item in a list ("older, rural and working-class"). */
const listItemWords = 4

/**
 * Whether the comma at `k` separates items of a list that ends with "and" or "or"
 * ("God, faith or family", "Reyes, Okafor, and Lind"): short items of words, no
 * verb, no relative word, no other mark before the last item's "and"/"or".
 */
export function listComma(tokens: readonly FrameToken[], k: number): boolean {
  // "A, B, and C": the serial comma after an item that a comma opened.
  if (['and', 'or'].includes(tokens[k + 1]?.lower ?? '')) {
    for (let j = k - 1; j >= k - 1 - listItemWords; j--) {
      if (tokens[j]?.text === ',') return j < k - 1 && isWord(tokens[k + 2])
      if (!isWord(tokens[j])) return false
    }
    return false
  }
  let words = 0
  for (let j = k + 1; j < k + 16; j++) {
    const t = tokens[j]
    if (!t) return false
    if (t.text === ',') { if (words === 0) return false; words = 0; continue }
    if (!isWord(t)) return false
    // The last item: "… and C" after an item, or "…, and C" after a second comma.
    if ((t.lower === 'and' || t.lower === 'or') && (words > 0 || j > k + 1)) return isWord(tokens[j + 1])
    if (finiteWords.has(t.lower) || pastForms.has(t.lower) || relatives.has(t.lower) || trailers.has(t.lower) || listBreakers.has(t.lower) || ++words > listItemWords) return false
  }
  return false
}

/** "(D-Marle)": a parenthesis of at most three tokens, closed. */
export function shortParenthesis(tokens: readonly FrameToken[], k: number): boolean {
  for (let j = k + 1; j <= k + 4; j++) if (tokens[j]?.text === ')') return j > k + 1
  return false
}

/**
 * Content [c, end] of a participle cue ("urging …", "criticizing …") ends before
 * "and" with a second participle ("urging voters to wait and promising …").
 */
export function participleEnd(tokens: readonly FrameToken[], c: number, end: number): number {
  for (let k = c + 1; k < end; k++) {
    const next = tokens[k + 1]!
    if (tokens[k]!.lower === 'and' && next.kind === 'word' && !next.cap && next.lower.length > 5 && /ing$/.test(next.lower)) return k - 1
  }
  return end
}

/** Words after a comma that set a second figure beside a survey's first ("…, while 23 percent …", "…, followed by Lund at 17 percent"). */
const figureJoints = new Set(['while', 'whereas', 'followed', 'compared'])

/**
 * Content [c, end] of a survey's "show"/"find" (`lemma`) goes on past a comma
 * that sets the next figure beside the first ("showed Okafor at 31 percent,
 * followed by Lund at 17 percent"; "found 40 percent backed the levy, while 23
 * percent …"): returns the last token, read on by `endFrom` from the joint.
 */
export function figuresEnd(tokens: readonly FrameToken[], end: number, lemma: string, endFrom: (k: number) => number): number {
  if (lemma !== 'show' && lemma !== 'find') return end
  for (let turns = 0; turns < 3 && tokens[end + 1]?.text === ',' && figureJoints.has(tokens[end + 2]?.lower ?? ''); turns++) {
    const next = endFrom(end + 2)
    if (next <= end + 2) break
    end = next
  }
  return end
}
