import type {StanceCue} from '../claims/types.js'
import {openQuestions} from './open-questions.js'
import {quotedOpenQuestions} from './quoted-questions.js'
import {settles} from './settles-proposition.js'
import {deniedClauses} from './denied-clauses.js'
import {distancingWords, wordsOf} from './slot-values.js'
import {governed, light} from './stance-proposition.js'
import type {Conflict, StoryClaim} from './types.js'
import {memberWith} from './conflict-member.js'
import {stemOf} from './stem-of.js'
import {packedMap} from '../packed-map.js'

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
  const distanced = distancedPropositions(claims, cuesOf)
  const {stemsOf, index} = stemIndex(claims, new Set(packedMap(distanced, (entry) => entry.proposition.head)))
  const verdicts = new Map<string, Map<string, {shared: number, words: string[]} | null>>()
  const facts = new Map<StoryClaim, boolean>()
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const {hedged, cue, question, quoted, denied, proposition} of distanced) {
    // The closest sentence of each other outlet, if it states the proposition.
    const best = new Map<string, {stated: StoryClaim, shared: number, words: string[]}>()
    const posting = index.get(proposition.head) ?? []
    // A governed word most sentences of the story have does not pick out a proposition.
    if (posting.length > maximumPosting) continue
    // What a stated sentence shares with the proposition hangs on the two texts alone:
    // judged once per text, however many outlets repeat either sentence.
    const key = `${quoted ? 'Q' : question ? 'q' : 'h'}${cue.start - hedged.start}:${cue.text.length}:${hedged.text}`
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
      // An open question is weaker evidence than an explicit "alleged": the outlet may only not have known;
      // a quoted source's open question weaker still (it is the source's, not the outlet's).
      // A denial reported is the denier's word against the other outlet's: weaker than the outlet's own "alleged".
      kind: 'stance', group: null, confidence: Math.min(quoted || denied ? 0.6 : question ? 0.7 : 0.8, (question ? 0.26 : 0.3) + most * 0.08),
      reason: denied
        ? `one outlet states in its own voice what another reports denied ("${cue.text}"): they share ${most} words of the denied clause and its subject (${top.words.join(', ')})`
        : quoted
        ? `one outlet states in its own voice what a source another outlet quotes leaves an open question ("${cue.text}"): they share ${most} words of the question (${top.words.join(', ')})`
        : question
        ? `one outlet states in its own voice what another leaves an open question ("${cue.text}"): they share ${most} words of the question (${top.words.join(', ')})`
        : `one outlet states in its own voice what another distances with "${cue.text}": they share ${most} words of the distanced clause and its subject (${top.words.join(', ')})`,
      summary: `stated by ${stated.map((entry) => entry.stated.file).join(', ')}; ${question ? 'asked' : `"${cue.text}"`} in ${hedged.file}: ${proposition.text}`,
      members: [...stated.map((entry) => memberWith(entry.stated, entry.stated.stance)), memberWith(hedged, cue.text)]
    })
  }
  return out
}

/** A proposition a claim distances or leaves an open question, with the cue that does. */
interface Distanced {
  hedged: StoryClaim
  cue: StanceCue
  question: boolean
  quoted: boolean
  /** A denial the outlet reports ("denied leaking the papers"), not its own distance. */
  denied: boolean
  proposition: NonNullable<ReturnType<typeof governed>>
}

/** Every distanced proposition of the claims, in claim and cue order. */
function distancedPropositions(claims: readonly StoryClaim[], cuesOf: (claim: StoryClaim) => readonly StanceCue[]): Distanced[] {
  const out: Distanced[] = []
  // Each claim in a function of its own (no closure made per story): this loop runs once
  // per story, and was compiled on-stack for each story of 1,000 articles.
  for (let c = 0; c < claims.length; c++) addDistanced(claims[c]!, cuesOf, out)
  return out
}

/** Distancing words, then denials reported, then open questions, then a source's quoted open questions (no list made per claim: most have none). */
function addDistanced(hedged: StoryClaim, cuesOf: (claim: StoryClaim) => readonly StanceCue[], out: Distanced[]): void {
  addGoverned(out, hedged, distancingWords(hedged, cuesOf(hedged)), false, false, false)
  addGoverned(out, hedged, deniedClauses(hedged, cuesOf(hedged)), false, false, true)
  addGoverned(out, hedged, openQuestions(hedged), true, false, false)
  addGoverned(out, hedged, quotedOpenQuestions(hedged), true, true, false)
}

function addGoverned(out: Distanced[], hedged: StoryClaim, cues: readonly StanceCue[], question: boolean, quoted: boolean, denied: boolean): void {
  for (let c = 0; c < cues.length; c++) {
    const cue = cues[c]!
    const proposition = governed(hedged, cue, question)
    if (proposition) out.push({hedged, cue, question, quoted, denied, proposition})
  }
}

/**
 * Each claim's stems (words over three letters, light words aside), and the claims
 * that carry each of `heads`, in claim order. Only the heads are indexed: a posting
 * list for every stem of every sentence was most of this finder's time.
 */
function stemIndex(claims: readonly StoryClaim[], heads: ReadonlySet<string>): {stemsOf: Map<StoryClaim, ReadonlySet<string>>, index: Map<string, StoryClaim[]>} {
  const stemsOf = new Map<StoryClaim, ReadonlySet<string>>()
  const index = new Map<string, StoryClaim[]>()
  // A sentence's stems are read once per sentence (copies of it share the set, which
  // is only read), and each word's stem once per word.
  const stemsByText = new Map<string, {stems: ReadonlySet<string>, heads: string[]}>()
  const stemByWord = new Map<string, string>()
  for (let c = 0; c < claims.length; c++) indexStems(claims[c]!, heads, stemsByText, stemByWord, stemsOf, index)
  return {stemsOf, index}
}

/** One claim's stems into `stemsOf`, and the claim into the postings of the heads it carries (`stemIndex`). */
function indexStems(claim: StoryClaim, heads: ReadonlySet<string>, stemsByText: Map<string, {stems: ReadonlySet<string>, heads: string[]}>,
  stemByWord: Map<string, string>, stemsOf: Map<StoryClaim, ReadonlySet<string>>, index: Map<string, StoryClaim[]>): void {
  let read = stemsByText.get(claim.text)
  if (!read) {
    const made = new Set<string>()
    for (const w of wordsOf(claim.text)) {
      if (w.word.length <= 3 || light.has(w.word)) continue
      let stem = stemByWord.get(w.word)
      if (stem === undefined) stemByWord.set(w.word, stem = stemOf(w.word))
      made.add(stem)
    }
    stemsByText.set(claim.text, read = {stems: made, heads: [...made].filter((stem) => heads.has(stem))})
  }
  stemsOf.set(claim, read.stems)
  for (const stem of read.heads) {
    let posting = index.get(stem)
    if (!posting) index.set(stem, posting = [])
    posting.push(claim)
  }
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
