import {dropContained} from './drop-contained.js'
import {complementOf, differentComplements} from './phrase-complement.js'
import {polarityOf, type Held, type Polarity} from './polarity.js'
import type {Conflict, StoryClaim} from './types.js'

/** Stems two sentences must share, the phrase held differently among them, to be about one thing. */
const minimumShared = 3
/** Words apart at most for a word and the one that completes it ("felt obstructed", "felt so obstructed"). */
const phraseReach = 3
/** A stem more sentences than this carry is too common to align by. */
const maximumPosting = 300

/** A word's form up to a plural or third-person "s": "questions" and "question" are one form, "questioned" another. */
function formOf(word: string): string {
  return word.replace(/s$/, '')
}

/**
 * The word of `theirs` that holds `word` the other way: the same form ("questions", not
 * "questioned"), with the completing word after it, held alike. A word with a negating
 * prefix on one side ("not disclosed" / "not an undisclosed") is rare enough to stand
 * without its completing word, given more shared stems (plain loops: this runs for every
 * sentence of a posting).
 */
function matchIn(theirs: readonly Held[], word: Held): Held | undefined {
  const form = formOf(word.word)
  for (const w of theirs) {
    if (w.stem !== word.stem || w.polarity === word.polarity || (formOf(w.word) !== form && !word.infinitive)) continue
    if (w.prefixed || word.prefixed) {
      // Two modifiers of different things ("unclassified email" / "classified information") hold no one fact.
      if (w.attributive && word.attributive && w.partner !== word.partner) continue
      return w
    }
    for (const p of theirs) if (p.stem === word.partner && p.polarity === w.polarity && p.index > w.index && p.index - w.index <= phraseReach) return w
  }
  return undefined
}

const described: Record<Polarity, string> = {stated: 'stated', negated: 'negated', unstated: 'said not to be stated'}

/**
 * Contradictions: one outlet negates what another states ("the plan has not been
 * disclosed" / "it was not an undisclosed plan"), or negates a fact where another
 * only says it was never stated ("she never felt pressured" / "she never wrote that
 * she felt pressured"), or carries a claim another outlet says is wrong ("no funds
 * were cut" / "he falsely said no funds were cut"). The word held differently must be
 * what a negation governs in one sentence, with the word that completes it there
 * ("felt obstructed") standing beside it in the other, and the sentences must share
 * one more stem and one named entity. Each negated phrase gives one conflict with the
 * closest sentence of every outlet that holds it otherwise; a conflict whose
 * sentences another holds is dropped. Candidates come from an index of stems, never
 * from every pair.
 */
export function findContradictions(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => readonly string[]): Array<Omit<Conflict, 'id'>> {
  const {readOf, reads, index} = readTexts(claims)
  // A word's complement, by the word: each held word belongs to one text's words.
  const complements = new Map<Held, ReturnType<typeof complementOf>>()
  const complement = (text: string, words: readonly Held[], word: Held) => {
    let found = complements.get(word)
    if (found === undefined) complements.set(word, found = complementOf(text, words, word))
    return found
  }
  // What a word finds in another text (its match, the stems they share) hangs on the two
  // texts alone: it is judged once per word and text, however many outlets repeat either.
  const verdicts = new Map<Held, Map<Read, {match: Held, shared: number} | null>>()
  // The sentences of a word's posting that hold it the other way hang on the word alone (a
  // word belongs to one text): found once, not once per copy of the text.
  const hitsOf = new Map<Held, Hit[]>()
  const hits = (text: string, words: readonly Held[], mine: ReadonlySet<string>, word: Held, posting: readonly StoryClaim[]) => {
    let found = hitsOf.get(word)
    if (found) return found
    hitsOf.set(word, found = [])
    let byText = verdicts.get(word)
    if (!byText) verdicts.set(word, byText = new Map())
    for (const other of posting) {
      const theirs = readOf.get(other)!
      let verdict = byText.get(theirs)
      if (verdict === undefined) byText.set(theirs, verdict = judge(text, words, mine, word, other.text, theirs, complement))
      if (verdict !== null) found.push({claim: other, match: verdict.match, shared: verdict.shared})
    }
    return found
  }
  const out: Array<Omit<Conflict, 'id'>> = []
  // Indexed loops: this function runs once per story, over every word of every sentence,
  // and a `for…of` there made an iterator result per word (some megabytes a story).
  // One sentence's contradictions in a function of its own: TurboFan compiles it apart
  // from the once-per-story set-up (with this loop inside, the whole finder took some
  // 150 ms to compile on a story of 1,000 articles).
  // (Walked by `forEach` with a module callback: an indexed loop here was compiled on-stack,
  // with the sentence's work inlined, on a story of 1,000 articles.)
  claims.forEach(contradictionsAt, {reads, index, hits, entitiesOf, out})
  return dropContained(out)
}

/** What `contradictionsAt` reads for each claim, and the list it fills. */
interface Finding {
  reads: readonly Read[]
  index: ReadonlyMap<string, readonly StoryClaim[]>
  hits: (text: string, words: readonly Held[], mine: ReadonlySet<string>, word: Held, posting: readonly StoryClaim[]) => readonly Hit[]
  entitiesOf: (claim: StoryClaim) => readonly string[]
  out: Array<Omit<Conflict, 'id'>>
}

function contradictionsAt(this: Finding, claim: StoryClaim, i: number): void {
  contradictionsOf(claim, this.reads[i]!, this.index, this.hits, this.entitiesOf, this.out)
}

/**
 * One sentence's contradictions, appended to `out`: a function of the module, not a
 * closure made per story, so that what TurboFan compiled on a smaller story is kept
 * for the next (a closure made anew was compiled anew, some 140-200 ms a story of
 * 1,000 articles), and apart from the finder's once-per-story set-up.
 */
function contradictionsOf(claim: StoryClaim, mineRead: Read, index: ReadonlyMap<string, readonly StoryClaim[]>,
  hits: (text: string, words: readonly Held[], mine: ReadonlySet<string>, word: Held, posting: readonly StoryClaim[]) => readonly Hit[],
  entitiesOf: (claim: StoryClaim) => readonly string[], out: Array<Omit<Conflict, 'id'>>): void {
  const words = mineRead.words
  const mine = mineRead.stems
  let named: Set<string> | null = null
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!
    if (!asked(word)) continue
    const posting = index.get(word.stem) ?? []
    if (posting.length > maximumPosting) continue
    // The closest sentence of each other outlet that holds the phrase the other way.
    const best = new Map<string, {claim: StoryClaim, word: Held, shared: number}>()
    for (const {claim: other, match, shared} of hits(claim.text, words, mine, word, posting)) {
      if (other.file === claim.file) continue
      // About someone or something named in both: a phrase alone recurs across unrelated stories.
      named ??= new Set(entitiesOf(claim))
      if (!entitiesOf(other).some((entity) => named!.has(entity))) continue
      const kept = best.get(other.file)
      if (!kept || kept.shared < shared) best.set(other.file, {claim: other, word: match, shared})
    }
    if (best.size === 0) continue
    const members = [{claim, word}, ...best.values()]
    const files = new Set(members.map((m) => m.claim.file))
    out.push({
      kind: 'contradiction', group: null, confidence: Math.min(0.75, 0.5 + (files.size - 2) * 0.1),
      reason: `sentences of ${files.size} outlets share "${word.word}" with the word that completes it, and hold it differently (stated, negated, or said never to be stated)`,
      summary: `"${word.word}": ${[...new Set(members.map((m) => described[m.word.polarity]))].join(' vs ')}`,
      members: members.map((m) => ({
        file: m.claim.file, article: m.claim.article, start: m.claim.start, end: m.claim.end, text: m.claim.text, value: `${described[m.word.polarity]}: ${m.word.word}`
      }))
    })
  }
}

/** A word whose phrase is looked for held the other way: a negated head with the word that completes it, or a negating prefix. */
function asked(word: Held): boolean {
  return word.head && word.polarity !== 'stated' && (word.partner !== null || word.prefixed)
}

/** A sentence that holds a word the other way: the word there, and the stems the two texts share. */
interface Hit {
  claim: StoryClaim
  match: Held
  shared: number
}

/**
 * Each claim's reading (`Read`; copies of one sentence, syndicated text, are read
 * once: the words and stems of a text are shared, never changed), and the claims by
 * stem. Only the stems some word is looked up by (`asked`) are indexed: a posting
 * list for every stem of every sentence was most of this finder's time, for a few
 * lookups. (A function of its own: its loops, run once per story, are not compiled
 * inside the finder.)
 */
function readTexts(claims: readonly StoryClaim[]): {readOf: Map<StoryClaim, Read>, reads: Read[], index: Map<string, StoryClaim[]>} {
  const read = new Map<string, Read>()
  const readOf = new Map<StoryClaim, Read>()
  const index = new Map<string, StoryClaim[]>()
  const reads: Read[] = []
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i]!
    let text = read.get(claim.text)
    if (!text) {
      const words = polarityOf(claim.text)
      const stems = new Set(words.map((w) => w.stem))
      read.set(claim.text, text = {words, stems, stemList: [...stems], indexed: undefined})
      for (const word of words) if (asked(word) && !index.has(word.stem)) index.set(word.stem, [])
    }
    readOf.set(claim, text)
    reads.push(text)
  }
  for (let i = 0; i < claims.length; i++) {
    const text = reads[i]!
    const indexed = text.indexed ??= text.stemList.filter((stem) => index.has(stem))
    for (let k = 0; k < indexed.length; k++) index.get(indexed[k]!)!.push(claims[i]!)
  }
  return {readOf, reads, index}
}

/** One text's words as `polarityOf` holds them, and their stems. */
interface Read {
  words: Held[]
  stems: Set<string>
  /** The same stems in an array (in the set's order), walked for every copy of the text without an iterator. */
  stemList: string[]
  /** Those of its stems that are indexed (made once the index has every looked-up stem). */
  indexed?: string[]
}

/**
 * What `word` of one text finds in another: the word that holds it the other way,
 * with the stems the texts share, or null when there is none, its complement names
 * another thing, or they share too few stems.
 */
function judge(text: string, words: readonly Held[], mine: ReadonlySet<string>, word: Held, otherText: string, theirs: Read,
  complement: (text: string, words: readonly Held[], word: Held) => ReturnType<typeof complementOf>): {match: Held, shared: number} | null {
  const match = matchIn(theirs.words, word)
  if (!match) return null
  // "charges tied to the harbour fund" / "charges tied to his ferry business": two things.
  if (differentComplements(complement(text, words, word), complement(otherText, theirs.words, match))) return null
  let shared = 0
  for (const stem of theirs.stemList) if (mine.has(stem)) shared++
  if (shared < minimumShared + (match.prefixed || word.prefixed ? 1 : 0)) return null
  return {match, shared}
}
