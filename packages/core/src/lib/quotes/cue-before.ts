import type {FrameToken} from './frame.js'
import {clauseOpeners, determiners, subordinators, verbModifiers} from './function-words.js'
import {phraseAfter, purposeAfterNoun, subjectBefore} from './noun-phrase.js'
import {namingVerbs, outerLemmas, reportingVerbs, verbParticles, weakReportingVerbs} from './reporting-verbs.js'
import {agent, askedBy, asPutIt, dashLabel, findAccording} from './quote-intro-frames.js'
import {absoluteSubject, coordinateSubject, phraseAfterConjunction, relativeClauseSubject, startsWithConjunction, withSubject} from './coordinate-subject.js'
import {addressing, asOpens, directlyQuoted, finiteBe, innerLemmas, leadingSubordinate, modalBefore, namingAt, reportsClause, skipsToVerb} from './speech-verb-scope.js'
import {cueOf, skipAside, type Attribution} from './attribution.js'
import {asParenthetical, clauseFollows, isPassive, namingParticiple, reducedRelative, verbAt} from './verb-forms.js'
import {clauseSubject} from './clause-subject.js'
import {wordBetween} from './word-between.js'
import {subordinateSubject} from './subordinate-subject.js'

/**
 * Cues before a quote in its sentence: reporting verbs and their subjects, colon
 * intros, `according to`, and `by X as “…”`.
 */
export function cueBefore(tokens: readonly FrameToken[], q: number, lo: number): Attribution | null {
  if (q <= lo) return null
  // Every cue below has a word before the quote (a verb, a name, "according to"): with
  // none in the sentence so far (a run of quotes), there is nothing to read.
  if (!wordBetween(tokens, lo, q)) return null
  const colon = tokens[q - 1]!.kind === 'punct' && tokens[q - 1]!.text === ':'
  const end = colon ? q - 1 : q
  // Reporting verbs before the quote; `clause` counts those after the last clause break.
  const verbs: number[] = []
  let clause = 0
  let clauseStart = lo
  const leading = leadingSubordinate(tokens, lo, end)
  const asker = askedBy(tokens, leading, end)
  if (asker) return asker
  const label = colon ? dashLabel(tokens, q, lo) : null
  if (label) return label
  for (let i = leading; i < end; i++) {
    const t = tokens[i]!
    if (t.kind === 'quote' && namingAt(tokens, verbs)) verbs.pop()
    // ", but Marle …" opens a clause; ", however," between commas is an aside ("He said, however, that …").
    const aside = tokens[i + 2]?.text === ','
    if (t.kind === 'punct' && (t.text === ';' || (t.text === ',' && clauseOpeners.has(tokens[i + 1]?.lower ?? '') && !aside))) { clause = verbs.length; clauseStart = i + 1; continue }
    // "Okafor said, and I quote, “…”": a formula of quoting, not a clause of its own.
    if (t.lower === 'quote' && ['i', 'we'].includes(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.text === ',') continue
    const lemma = verbAt(tokens, i)
    if (!lemma || isPassive(tokens, i) || asParenthetical(tokens, i) || (/ed$/.test(t.lower) && reducedRelative(tokens, i))) continue
    if (weakReportingVerbs.has(lemma) && !namingVerbs.has(lemma)) {
      const next = tokens[i + 1]
      // "As Pike pointed out in December, “…”": a clause opened by "as" attributes what follows.
      const asBefore = tokens.slice(i + 1, q).some((t) => t.lower === 'as') || asOpens(tokens, lo, i)
      if (!(next && (asBefore || next.lower === 'that' || next.lower === 'as' || next.text === ':' || next.kind === 'quote' || (next.text === ',' && tokens[i + 2]?.kind === 'quote') || (verbParticles.has(next.lower) && tokens[i + 2]?.lower === 'that') || clauseFollows(tokens, i + 1)))) continue
    }
    if (namingVerbs.has(lemma) && (q - i > 12 || namingParticiple(tokens, i))) continue
    // "a plan called Harbor is simply a “…”": the name came before a verb of its own clause.
    if (namingVerbs.has(lemma) && tokens.slice(i + 1, q).some((u) => u.kind === 'word' && finiteBe.has(u.lower))) continue
    verbs.push(i)
  }
  // "as one harbour pilot put it, a “slow disaster”": the phrase before "put it".
  const putIt = asPutIt(tokens, leading, end)
  if (putIt) return putIt
  const scope = clause < verbs.length ? verbs.slice(clause) : verbs
  const from = clause < verbs.length ? clauseStart : lo
  const according = findAccording(tokens, leading, end)
  if (colon && clause === verbs.length && clauseStart > lo) {
    // "Okafor said …, but she gave the newcomer a grudging nod: “…”": the clause
    // that introduces the quote has its own subject and no reporting verb.
    const subject = clauseSubject(tokens, clauseStart, q - 1)
    if (subject) return {phrase: subject, cue: {start: tokens[q - 1]!.start, end: tokens[q - 1]!.end, type: 'colon'}, place: 'before'}
  }
  if (scope.length === 0) {
    if (according) return according
    if (colon) {
      // "And from Chairwoman X:", "Marinov:" — the phrase before the colon.
      let phrase = subjectBefore(tokens, q - 1, lo)
      // "delivered a blunt message to Okafor:", "contrasted him with Vale:": the object of
      // "to" or "with" is addressed or compared, not speaking; the clause's subject speaks.
      if (phrase && ['to', 'with', 'against', 'about'].includes(tokens[phrase.from - 1]?.lower ?? '')) phrase = clauseSubject(tokens, lo, phrase.from - 1, true)
      // A word in capitals is a heading ("BREAKING:") unless it is a transcript's speaker
      // label opening the line ("HALDANE: “…”"), which speaks when it names someone.
      const label = phrase !== null && phrase.from === lo && phrase.to === q - 2 && phrase.to - phrase.from < 3
      if (phrase && !phrase.pronoun && tokens[phrase.from]!.cap && (label || !/^[A-Z]{3,}$/.test(tokens[phrase.to]!.text))) return {phrase, cue: {start: tokens[q - 1]!.start, end: tokens[q - 1]!.end, type: 'colon'}, place: 'before'}
    }
    return agent(tokens, q, lo)
  }
  const nearest = scope[scope.length - 1]!
  const lemma = reportingVerbs.get(tokens[nearest]!.lower)!
  // The outermost verb of the clause owns the quote ("He added that Marle informed
  // Varik “…”"), except: the verb just before a colon, a naming verb right at the
  // quote ("what he called “…”"), a verb in a clause of its own ("when he claimed
  // “…”"), and an absolute "with X telling reporters “…”".
  const nearestSubject = subjectBefore(tokens, nearest, from)
  const opener = nearestSubject ? tokens[nearestSubject.from - 1] : undefined
  // "blasted him as a “bully”": a verb whose object is named by the quote, like a naming verb.
  const asQuote = tokens.slice(nearest + 1, q).some((t, k, all) => t.lower === 'as' && all.slice(k + 1).every((u) => u.kind === 'word' && determiners.has(u.lower)))
  const outerSpeech = scope.some((v) => v !== nearest && outerLemmas.has(reportingVerbs.get(tokens[v]!.lower) ?? ''))
  // "declining to withdraw his letter, when he called …": an infinitive or a participle has no subject of its own to lend a pronoun.
  const finiteOuter = scope.find((v) => v !== nearest && outerLemmas.has(reportingVerbs.get(tokens[v]!.lower) ?? '') && tokens[v - 1]?.lower !== 'to' && !/ing$/.test(tokens[v]!.lower))
  // "Lind said …, whom he called “…”": a pronoun naming inside a speech clause is that speaker's.
  const pronounNaming = namingVerbs.has(lemma) && finiteOuter !== undefined && nearestSubject?.pronoun === true
  if (pronounNaming) {
    // The pronoun is the mention; the speech clause's subject is what it stands for.
    const antecedent = subjectBefore(tokens, finiteOuter, from)
    // A name or a determiner opens a subject; a bare lower-case word is a verb misread ("to withdraw old letters").
    const opening = antecedent ? tokens[antecedent.from]! : undefined
    if (antecedent && !antecedent.pronoun && (opening!.cap || determiners.has(opening!.lower))) return {phrase: {...nearestSubject!, antecedent}, cue: cueOf(tokens, nearest), place: 'before'}
  }
  const namesQuote = (namingVerbs.has(lemma) && !pronounNaming) || (asQuote && !outerSpeech)
  // "… and Dorian Marle says he's “losing”": a coordinated clause with its own subject.
  const coordinated = opener !== undefined && ['and', 'but', 'or', 'while', 'whereas'].includes(opener.lower) && nearestSubject !== null && nearest > scope[0]!
  // "Ortiz wrote that Hale told her, “I need the votes”", "he said the president told him
  // “…”": words quoted right after a report of speech inside a report are the inner speaker's.
  const inner = innerLemmas.has(lemma) && nearestSubject !== null && !nearestSubject.pronoun && nearestSubject.antecedent === undefined &&
    reportsClause(tokens, scope, nearestSubject.from) && !modalBefore(tokens, nearest) && directlyQuoted(tokens, nearest, q)
  // "Lund said that when Marek argued for the toll, “he spoke for us”": a comma closes the
  // subordinate clause before the quote, which goes back to the speech verb around it.
  const closed = outerSpeech && tokens[q - 1]?.text === ',' && !tokens.slice(nearest + 1, q - 1).some((t) => t.kind === 'quote')
  const withInfinitive = withSubject(tokens, nearest, from)
  const own = colon || namesQuote || coordinated || inner || withInfinitive !== null || (opener !== undefined && ((subordinators.has(opener.lower) && !closed) || (opener.lower === 'with' && /ing$/.test(tokens[nearest]!.lower))))
  // Only plain speech verbs reach over later verbs to own the quote: "Cost estimates, he
  // added, were “…”" is not the estimates' quote.
  const outer = scope.filter((v) => v === nearest || (outerLemmas.has(reportingVerbs.get(tokens[v]!.lower) ?? '') && !/ing$/.test(tokens[v]!.lower)))
  const order = own ? [nearest, ...outer.slice(0, -1)] : outer
  for (const v of order) {
    // "The paradox, says Carl Anthony, a historian, is that “…”": an inverted cue set off by commas.
    // "…, told MARLE RADIO, “…”": the object of a verb of telling is spoken to, never inverted.
    const addressed = addressing.has(reportingVerbs.get(tokens[v]!.lower) ?? '')
    const aside = tokens[v - 1]?.text === ',' && !/ing$/.test(tokens[v]!.lower) && !addressed ? phraseAfter(tokens, v + 1, end) : null
    if (aside && tokens[aside.from]!.cap && tokens[aside.to + 1]?.text === ',') return {phrase: aside, cue: cueOf(tokens, v), place: 'before'}
    let phrase = v === nearest ? nearestSubject : subjectBefore(tokens, v, from)
    // "She greeted supporters … and told them": a coordinated verb shares the clause's subject.
    let k = v - 1
    while (k > lo && tokens[k]!.kind === 'word' && verbModifiers.has(tokens[k]!.lower)) k--
    if (['and', 'but', 'then'].includes(tokens[k]?.lower ?? '')) phrase = absoluteSubject(tokens, k, v, from) ?? relativeClauseSubject(tokens, k, from) ?? coordinateSubject(tokens, from, k) ?? clauseSubject(tokens, from, v) ?? clauseSubject(tokens, lo, v) ?? phrase
    // "…, with Lund taking to the radio to call Ferris “confused”": the absolute clause's subject.
    else if (v === nearest && withInfinitive) phrase = withInfinitive
    // "…, but in a second interview said": a phrase fronted after the conjunction is no subject.
    else if (phrase && !phrase.pronoun && phraseAfterConjunction(tokens, phrase.from, lo)) phrase = clauseSubject(tokens, from, v) ?? clauseSubject(tokens, lo, v) ?? phrase
    // "issued a statement describing …": a phrase right after another word (a verb or a
    // preposition) is that word's object, not the participle's subject.
    const preceding = phrase ? tokens[phrase.from - 1] : undefined
    const progressive = ['is', 'was', 'are', 'were', 'been', 'be'].includes(tokens[v - 1]?.lower ?? '')
    // "Marle went after Fenn, calling him “…”": a participle after a comma is the main clause's.
    // "…, lately telling colleagues …": an adverb may stand between the comma and the participle.
    const adverb = tokens[v - 1]?.kind === 'word' && /ly$/.test(tokens[v - 1]!.lower) && tokens[v - 2]?.text === ','
    const afterComma = (tokens[v - 1]?.text === ',' && !(phrase?.pronoun && phrase.to === v - 2)) || (adverb && /ing$/.test(tokens[v]!.lower))
    // "…, having described her as a “fixer”": a perfect participle takes the main clause's subject.
    if (tokens[v - 1]?.lower === 'having' && tokens[v - 2]?.text === ',') phrase = clauseSubject(tokens, from, v - 2) ?? clauseSubject(tokens, lo, v - 2) ?? phrase
    // "Hale saying he was “encouraged” and Vale calling it a “great meeting”": a name right
    // before the participle, after "and", is its subject (an absolute construction).
    const absolute = preceding?.lower === 'and' && phrase !== null && !phrase.pronoun && phrase.to === v - 1 && tokens[phrase.from]!.cap && tokens[phrase.to]!.cap
    if (phrase && /ing$/.test(tokens[v]!.lower) && !progressive && !absolute && ((!phrase.pronoun && !phrase.appositive && preceding?.kind === 'word' && !preceding.cap && preceding.lower !== 'with') || afterComma)) {
      phrase = (afterComma ? subordinateSubject(tokens, v, from) : null) ?? clauseSubject(tokens, from, v) ?? clauseSubject(tokens, lo, v) ?? phrase
    }
    // "Jane Doe, who wrote the bill, said …": a relative clause's verb leaves the quote to the main verb after it.
    const relative = phrase?.antecedent !== undefined && !phrase.pronoun && v !== order[order.length - 1] && tokens[v + 1] !== undefined && skipsToVerb(tokens, v, order)
    if (phrase && !relative && !startsWithConjunction(tokens, phrase)) return {phrase, cue: cueOf(tokens, v), place: 'before'}
    // Inverted: "But, said Solovey, “…”", "Said Marinov: “…”".
    const opensClause = v === lo || tokens[v - 1]!.kind !== 'word' || ['and', 'but'].includes(tokens[v - 1]!.lower)
    const inverted = opensClause && !/ing$/.test(tokens[v]!.lower) && !addressed ? phraseAfter(tokens, v + 1, end) : null
    if (inverted && ((colon && inverted.to + 1 === end) || (tokens[inverted.to + 1]!.text === ',' && (inverted.to + 2 === end || skipAside(tokens, inverted.to + 1) === end)))) return {phrase: inverted, cue: cueOf(tokens, v), place: 'before'}
    // A participle or an infinitive ("pointed to a case to say") with no subject in reach takes the clause's subject.
    if (/ing$/.test(tokens[v]!.lower) || (!phrase && v === nearest && tokens[v - 1]?.lower === 'to' && purposeAfterNoun(tokens, v - 1, from))) {
      const subject = clauseSubject(tokens, from, v)
      if (subject) return {phrase: subject, cue: cueOf(tokens, v), place: 'before'}
    }
  }
  return according
}
