import type {FrameToken} from './frame.js'
import {phraseBreakers, timeWords, verbModifiers} from './function-words.js'
import {phraseAfter} from './noun-phrase.js'
import {namingVerbs, notAfter} from './reporting-verbs.js'
import {cueOf, skipAside, type Attribution} from './attribution.js'
import {verbAt} from './verb-forms.js'
import {cueAfter} from './cue-after.js'
import {withAppositiveName} from './appositive-name.js'
import {wordBetween} from './word-between.js'

/** A parenthetical later in the sentence: ", the White House said," / ", according to X". */
export function cueLater(tokens: readonly FrameToken[], q: number, hi: number): Attribution | null {
  // Every cue below has a word within two tokens past the window's end at most (a later
  // quote's own cue right after it, ", according to"): with none (a run of quotes), none is found.
  if (!wordBetween(tokens, q + 1, hi + 3)) return null
  for (let at = q + 1; at <= hi; at++) {
    const t = tokens[at]!
    // “… right now,” as Okafor said on Monday: the quote's own comma sets off the "as" clause.
    const commaInQuote = at === q + 1 && t.lower === 'as' && /,\s*["'“”‘’«»]*\s*$/.test(tokens[q]!.text)
    // The comma (or the quote that holds it) that opens the clause.
    const i = commaInQuote ? q : at
    // “good thing” that yielded “frankly good information,” he remarked: the cue of
    // a later quote in the sentence covers this one too.
    // A later quote with no cue of its own leaves the search going ("… carry “weight” and
    // bring “firepower” to the race, spokesman Neil Ortiz said").
    if (t.kind === 'quote') {
      const after = cueAfter(tokens, at, hi)
      if (after) return after
      continue
    }
    if (!commaInQuote && (t.kind !== 'punct' || t.text !== ',')) continue
    const next = tokens[i + 1]
    if (next?.lower === 'according' && tokens[i + 2]?.lower === 'to') {
      const phrase = phraseAfter(tokens, i + 3, hi + 1)
      if (phrase) return {phrase, cue: {start: next.start, end: tokens[i + 2]!.end, type: 'according-to'}, place: 'later'}
    }
    // ", said the bureau's director, Jonas B. Crane, on Monday."
    const inverted = verbAt(tokens, i + 1)
    if (inverted && !notAfter.has(inverted) && !namingVerbs.has(inverted)) {
      const subject = phraseAfter(tokens, i + 2, hi + 1)
      // "…, Mikhail Dorotin, concluded this year": a time phrase after the verb is no inverted subject.
      if (subject && !timeWords.has(tokens[subject.from]!.lower)) return {phrase: withAppositiveName(tokens, subject, hi), cue: cueOf(tokens, i + 1), place: 'later'}
    }
    // ", as Okafor said on Monday,": "as" before the reporting clause.
    const as = next?.lower === 'as' ? 1 : 0
    const phrase = phraseAfter(tokens, i + 1 + as, hi + 1)
    if (!phrase) continue
    let j = skipAside(tokens, phrase.to + 1)
    while (tokens[j]?.kind === 'word' && verbModifiers.has(tokens[j]!.lower)) j++
    const verb = verbAt(tokens, j)
    const closing = tokens[j + 1]
    if (verb && !notAfter.has(verb) && (j + 1 > hi || !closing || closing.kind !== 'word' || phraseBreakers.has(closing.lower) || timeWords.has(closing.lower) || ['via', 'late', 'early', 'yesterday', 'today'].includes(closing.lower))) {
      return {phrase, cue: cueOf(tokens, j), place: 'later'}
    }
  }
  return null
}
