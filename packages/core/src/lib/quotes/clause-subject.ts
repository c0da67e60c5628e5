import type {FrameToken} from './frame.js'
import {determiners, phraseBreakers, subjectPronouns, subordinators, verbModifiers} from './function-words.js'
import {phraseAfter, type NounPhrase} from './noun-phrase.js'

/**
 * The subject at the head of a clause: after conjunctions and an opening phrase set
 * off by a comma. With `cut`, a phrase that runs up to `v` or to punctuation is cut
 * before a present tense verb it swallowed ("The ad targets a “…”": "The ad").
 */
export function clauseSubject(tokens: readonly FrameToken[], lo: number, v: number, cut = false): NounPhrase | null {
  let i = lo
  // "Washington (AFP) – Democrat Rosalyn Ashford has …": a dateline before a dash.
  for (let k = lo; k < Math.min(v, lo + 6); k++) if (tokens[k]!.kind === 'punct' && /^[—–-]+$/.test(tokens[k]!.text)) { i = k + 1; break }
  while (i < v && ['and', 'but', 'so', 'yet', 'meanwhile', 'then'].includes(tokens[i]!.lower)) i++
  if (tokens[i]?.kind === 'punct') i++
  // "Ever since the flood,", "Even though …,", "Long before …,": a degree word before a subordinator opens the same clause.
  if (degreeWords.has(tokens[i]?.lower ?? '') && subordinators.has(tokens[i + 1]?.lower ?? '')) i++
  // "First, Dorian Marle attacked …", "However, …": one word set off by a comma.
  if (tokens[i]?.kind === 'word' && tokens[i + 1]?.text === ',' && tokens[i + 2]?.cap === true) i += 2
  const first = tokens[i]
  // "Finally, …", "Speaking in Riverton, …" open with a phrase; "Dana Okafor", "Tom Vale" with a name.
  const name = first?.cap === true && /ly$/.test(first.lower) && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.cap
  // "Asked on Monday whether …, Ashford said", "Back in 1999, Marle …": a participle or
  // "back" before a lower-case word opens a phrase ("Ned Lund" is followed by a capital).
  const opener = first?.kind === 'word' && first.cap && (/[^e]ed$/.test(first.lower) || first.lower === 'back') && tokens[i + 1]?.kind === 'word' && !tokens[i + 1]!.cap
  if (first && first.kind === 'word' && !subjectPronouns.has(first.lower) && !name && ((!first.cap && !determiners.has(first.lower)) || phraseBreakers.has(first.lower) || /(?:ly|ing)$/.test(first.lower) || opener)) {
    // An opening phrase ("At a summit in Alder Point, S.C., Quill offered"): the subject
    // follows the last comma that a name or a pronoun comes after.
    // "On Sunday, Coach Nell Arden stood at the podium in Marlow, Oregon, and, citing …":
    // the first comma whose phrase is followed by its verb wins over a later place name.
    let comma = -1
    for (let k = i; k < v && comma < 0; k++) {
      if (tokens[k]!.text !== ',') continue
      const phrase = phraseAfter(tokens, k + 1, v)
      const verb = phrase ? tokens[phrase.to + 1] : undefined
      if (phrase && verb && verb.kind === 'word' && !verb.cap && (!phraseBreakers.has(verb.lower) || verbModifiers.has(verb.lower))) comma = k
    }
    if (comma < 0) for (let k = i; k < v; k++) {
      const after = tokens[k + 1]
      if (tokens[k]!.text === ',' && after && after.kind === 'word' && (after.cap || subjectPronouns.has(after.lower))) comma = k
    }
    if (comma >= 0) i = comma + 1
    // "When Adler finally … and said she would “…”": the verb is still inside the
    // subordinate clause (no comma yet), so its subject is the one after the conjunction.
    else if (subordinators.has(first.lower) && first.lower !== 'despite' && !tokens.slice(i, v).some((t) => t.text === ',')) i++
    else for (let k = i; k < v; k++) if (tokens[k]!.text === ',') { i = k + 1; break }
  }
  let phrase = phraseAfter(tokens, i, v)
  // "Eight years ago, he supported …": a time phrase is not the subject.
  // "Okafor later referred …" is a name and an adverb: a capitalised phrase is a time
  // phrase only when a comma closes it ("Moments later, …").
  const timeAdverb = phrase !== null && ['ago', 'later', 'earlier'].includes(tokens[phrase.to + 1]?.lower ?? '') &&
    (!tokens[phrase.to]!.cap || tokens[phrase.to + 2]?.text === ',')
  if (phrase && (timeAdverb || tokens.slice(phrase.from, phrase.to + 1).some((t) => /^(?:years?|months?|weeks?|days?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(t.lower)))) {
    let k = phrase.to + 1
    while (k < v && tokens[k]!.text !== ',') k++
    phrase = k + 1 < v ? phraseAfter(tokens, k + 1, v) : null
  }
  if (phrase && cut && (phrase.to + 1 >= v || tokens[phrase.to + 1]!.kind !== 'word')) phrase = cutAtVerb(tokens, phrase) ?? phrase
  if (!phrase || phrase.to + 1 >= v) return null
  return phrase
}

/** Words that may stand before a subordinator without changing the clause it opens. */
const degreeWords: ReadonlySet<string> = new Set(['ever', 'even', 'just', 'long', 'soon', 'right', 'only', 'not', 'shortly', 'well', 'years', 'months', 'weeks', 'days'])

/** "The ad targets", "Hoff's letter makes": a lower-case -s word after a noun is the verb. */
function cutAtVerb(tokens: readonly FrameToken[], phrase: NounPhrase): NounPhrase | null {
  for (let k = phrase.from + 1; k <= phrase.to; k++) {
    const t = tokens[k]!
    const before = tokens[k - 1]!
    if (t.cap || t.possessive || !/[^su'’]s$/.test(t.lower) || before.kind !== 'word' || determiners.has(before.lower) || (before.cap && !before.possessive && k - 1 === phrase.from)) continue
    return {...phrase, to: k - 1, end: before.end}
  }
  return null
}
