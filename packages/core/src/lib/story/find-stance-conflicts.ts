import type {StanceCue} from '../claims/types.js'
import {openQuestions} from './open-questions.js'
import {distancingWords, negationsOf, wordsOf} from './slot-values.js'
import type {Conflict, StoryClaim} from './types.js'
import {memberOf} from './conflict-member.js'

/** Words that carry no proposition of their own: skipped when reading what a distancing word governs. */
const light = new Set(['have', 'been', 'being', 'were', 'that', 'with', 'from', 'into', 'this', 'their', 'there', 'also', 'about',
  'then', 'than', 'them', 'they', 'will', 'would', 'could', 'should', 'which', 'when', 'what', 'while', 'some', 'such', 'said', 'says'])
/** Words that end the clause a distancing word governs. */
const clauseEnd = /[,;:.!?()“”"]/
/** Stems the distanced clause and its subject must share with the stated sentence. */
const minimumShared = 3
/** Of which in the clause itself (the governed word among them). */
const minimumInClause = 2

/** A crude stem for matching a word across outlets: "demands"/"demand", "cooperating"/"cooperate". */
export function stemOf(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/(?:ing|ed|es|s|e)$/, '').slice(0, 7)
}

/**
 * Stance conflicts at the level of the proposition, not the sentence: one outlet
 * explicitly distances a proposition ("Okafor allegedly asked him to drop the
 * audit", "who is believed to be helping investigators") that another states as fact. The distanced proposition is the clause the
 * distancing word governs, with the words just before it (its subject); another
 * outlet's sentence states it when it has the governed word, shares at least three
 * stems with that clause and its subject (two in the clause), and is asserted in
 * the outlet's own voice. A long
 * sentence that states several facts is thus compared one proposition at a time.
 * Candidates come from an index of stems, never from every pair.
 */
export function findStanceConflicts(claims: readonly StoryClaim[], cuesOf: (claim: StoryClaim) => readonly StanceCue[]): Array<Omit<Conflict, 'id'>> {
  const stemsOf = new Map<StoryClaim, ReadonlySet<string>>()
  const index = new Map<string, StoryClaim[]>()
  // A sentence's stems are read once per sentence (copies of it share the set, which
  // is only read), and each word's stem once per word.
  const stemsByText = new Map<string, ReadonlySet<string>>()
  const stemByWord = new Map<string, string>()
  const stemOfWord = (word: string) => {
    let stem = stemByWord.get(word)
    if (stem === undefined) stemByWord.set(word, stem = stemOf(word))
    return stem
  }
  for (const claim of claims) {
    let stems = stemsByText.get(claim.text)
    if (!stems) {
      const made = new Set<string>()
      for (const w of wordsOf(claim.text)) if (w.word.length > 3 && !light.has(w.word)) made.add(stemOfWord(w.word))
      stemsByText.set(claim.text, stems = made)
    }
    stemsOf.set(claim, stems)
    for (const stem of stems) {
      if (!index.has(stem)) index.set(stem, [])
      index.get(stem)!.push(claim)
    }
  }
  const verdicts = new Map<string, Map<string, {shared: number, words: string[]} | null>>()
  const facts = new Map<StoryClaim, boolean>()
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const hedged of claims) {
    const cues = [...distancingWords(hedged, cuesOf(hedged)).map((cue) => ({cue, question: false})), ...openQuestions(hedged).map((cue) => ({cue, question: true}))]
    for (const {cue, question} of cues) {
      const proposition = governed(hedged, cue, question)
      if (!proposition) continue
      // The closest sentence of each other outlet, if it states the proposition.
      const best = new Map<string, {stated: StoryClaim, shared: number, words: string[]}>()
      const posting = index.get(proposition.head) ?? []
      // A governed word most sentences of the story have does not pick out a proposition.
      if (posting.length > maximumPosting) continue
      // What a stated sentence shares with the proposition hangs on the two texts alone:
      // judged once per text, however many outlets repeat either sentence.
      const key = `${question ? 'q' : 'h'}${cue.start - hedged.start}:${cue.text.length}:${hedged.text}`
      let byText = verdicts.get(key)
      if (!byText) verdicts.set(key, byText = new Map())
      for (const stated of posting) {
        if (stated.file === hedged.file) continue
        let fact = facts.get(stated)
        if (fact === undefined) facts.set(stated, fact = statesAsFact(stated, cuesOf(stated)))
        if (!fact) continue
        let verdict = byText.get(stated.text)
        if (verdict === undefined) byText.set(stated.text, verdict = settles(stated, stemsOf.get(stated)!, proposition, question))
        if (verdict === null) continue
        const held = best.get(stated.file)
        if (!held || held.shared < verdict.shared) best.set(stated.file, {stated, shared: verdict.shared, words: verdict.words})
      }
      // One conflict per distanced proposition, with every outlet that states it.
      if (best.size === 0) continue
      const stated = [...best.values()]
      const top = stated.reduce((a, b) => (b.shared > a.shared ? b : a))
      const most = top.shared
      out.push({
        // An open question is weaker evidence than an explicit "alleged": the outlet may only not have known.
        kind: 'stance', group: null, confidence: Math.min(question ? 0.7 : 0.8, (question ? 0.26 : 0.3) + most * 0.08),
        reason: question
          ? `one outlet states in its own voice what another leaves an open question ("${cue.text}"): they share ${most} words of the question (${top.words.join(', ')})`
          : `one outlet states in its own voice what another distances with "${cue.text}": they share ${most} words of the distanced clause and its subject (${top.words.join(', ')})`,
        summary: `stated by ${stated.map((entry) => entry.stated.file).join(', ')}; ${question ? 'asked' : `"${cue.text}"`} in ${hedged.file}: ${proposition.text}`,
        members: [...stated.map((entry) => ({...memberOf(entry.stated), value: entry.stated.stance})), {...memberOf(hedged), value: cue.text}]
      })
    }
  }
  return out
}

/**
 * Whether `stated` states the proposition a hedged sentence distances or asks: the
 * stems it shares with the proposition's clause and subject, or null. Reads only the
 * sentence's text (its stems are `stems`).
 */
function settles(stated: StoryClaim, stems: ReadonlySet<string>, proposition: Proposition, question: boolean): {shared: number, words: string[]} | null {
  // A sentence that itself asks settles nothing; one that settles the question has
  // its head and the word that completes it as a phrase ("knew about the cracks").
  if (question && (openQuestions(stated).length > 0 || !phrase(stated.text, proposition))) return null
  const clauseShared = [...proposition.clause].filter((stem) => stems.has(stem))
  const words = [...clauseShared, ...[...proposition.subject].filter((stem) => stems.has(stem) && !proposition.clause.has(stem))]
  const inClause = clauseShared.length
  const shared = words.length
  const aligned = inClause >= minimumInClause && shared >= minimumShared
    // The governed word and another word of the clause stand together in the stated
    // sentence too, not in two of its clauses ("condemned the attack … drones over Moscow").
    && together(stated.text, proposition.head, clauseShared)
  if (!aligned && !statesOfNamed(stated.text, proposition, clauseShared)) return null
  // "did not ask" against "allegedly asked" is a contradiction, not a stance: leave it.
  // An open question is settled by either answer ("whether she knew" / "she did not know").
  if (!question && (negationsOf(proposition.text).length > 0) !== (negationsOf(stated.text).length > 0)) return null
  return {shared, words}
}

/** Accusation and claim words: a sentence built on one reports an allegation, not a fact. */
const accusation = /(?<![\p{L}])(?:accus\p{L}*|claim\p{L}*|charg\p{L}*|alleg\p{L}*|suspect\p{L}*)(?![\p{L}])/iu

/**
 * Stated as fact: in the outlet's own voice, with no hedge, denial or accusation. A
 * sentence that gives it to a source ("X said", "according to X") does not vouch for
 * it either, so it is no stance conflict with one that distances it.
 */
function statesAsFact(claim: StoryClaim, cues: readonly StanceCue[]): boolean {
  if (claim.stance !== 'asserted') return false
  return !cues.some((cue) => cue.kind !== 'attribution') && !accusation.test(claim.text)
}

/** Blocking: a governed word carried by more sentences than this is too common to align by. */
const maximumPosting = 300

/** Words apart at most for two words of one clause. */
const window = 8

/** Whether `head` and another of `stems` occur within `window` words of each other in `text`. */
function together(text: string, head: string, stems: readonly string[]): boolean {
  const words = wordsOf(text).map((w) => stemOf(w.word))
  const others = new Set(stems.filter((stem) => stem !== head))
  return words.some((word, i) => word === head && words.some((other, j) => others.has(other) && Math.abs(i - j) <= window))
}

/** Words from a sentence's start within which its grammatical subject is named ("Mr. Wynne, a retired general, …"). */
const subjectReach = 3

/**
 * Whether a sentence states a distanced proposition about a named antecedent: the
 * antecedent opens the sentence as its subject and the sentence has the governed
 * word in any form ("Rusk agreed to cooperate" against "Rusk, who is believed to be
 * cooperating"). A long sentence about the person keeps the verb far from the name,
 * so the window test does not apply; the subject position stands in for it.
 */
function statesOfNamed(text: string, proposition: Proposition, clauseShared: readonly string[]): boolean {
  if (proposition.named.length === 0 || !clauseShared.includes(proposition.head)) return false
  const surname = proposition.named[proposition.named.length - 1]!
  return wordsOf(text).slice(0, subjectReach).some((w) => stemOf(w.word) === surname)
}

/**
 * The name a relative clause hangs on, when the distancing word stands in one:
 * "Oren Vale, who has admitted the fraud and is believed to be helping investigators" is about
 * Wynne, not about the words just before "believed". No comma may fall between the
 * relative pronoun and the distancing word: the clause must still be open.
 */
const antecedent = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}),\s+(?:who|which)\s[^,;:()“”"]*$/u

/** A distanced proposition: the governed word, its clause, its subject, the name it is about (if any) and its text. */
interface Proposition {
  readonly head: string
  readonly clause: Set<string>
  readonly subject: Set<string>
  /** Stems of the relative clause's antecedent name, in order; empty when there is none. */
  readonly named: readonly string[]
  readonly text: string
  /** The content word after the head in the clause, stemmed ("cracks" after "knew"); null when none. */
  readonly partner: string | null
}

/** Words apart at most for a head and the word that completes it. */
const phraseReach = 3

/** Whether a sentence has the proposition's head with its partner at most `phraseReach` content words after it. */
function phrase(text: string, proposition: Proposition): boolean {
  if (proposition.partner === null) return false
  const words = wordsOf(text).filter((w) => w.word.length > 3 && !light.has(w.word)).map((w) => stemOf(w.word))
  return words.some((word, i) => word === proposition.head && words.slice(i + 1, i + 1 + phraseReach).includes(proposition.partner!))
}

/**
 * The clause a distancing word governs (up to six content words) and its subject (the
 * antecedent name, else the two words before it). An open question holds its own
 * subject ("whether Okafor knew"): the words before "whether" are the asker's, and its
 * head is its first word that is not a name.
 */
function governed(claim: StoryClaim, cue: StanceCue, question = false): Proposition | null {
  const at = cue.start - claim.start
  const rest = claim.text.slice(at + cue.text.length)
  const end = rest.search(clauseEnd)
  const words = wordsOf(rest.slice(0, end < 0 ? rest.length : end)).filter((w) => w.word.length > 3 && !light.has(w.word)).slice(0, 6)
  if (words.length < 2) return null
  const before = question ? [] : wordsOf(claim.text.slice(Math.max(0, at - 40), at)).filter((w) => w.word.length > 3 && !light.has(w.word)).slice(-2)
  const name = question ? null : antecedent.exec(claim.text.slice(0, at))
  const named = name ? wordsOf(name[1]!).map((w) => stemOf(w.word)) : []
  const head = question ? words.find((w) => !/^\p{Lu}/u.test(rest.slice(w.start, w.end))) : words[0]
  if (!head) return null
  return {
    head: stemOf(head.word),
    partner: words[words.indexOf(head) + 1] ? stemOf(words[words.indexOf(head) + 1]!.word) : null,
    clause: new Set(words.map((w) => stemOf(w.word))),
    subject: new Set(named.length > 0 ? named : before.map((w) => stemOf(w.word))),
    named,
    text: claim.text.slice(at, at + cue.text.length + (end < 0 ? rest.length : end)).trim()
  }
}
