import type {Claim, Proposition} from '../claims/types.js'
import type {StoryClaim} from './types.js'
import {listItems} from './list-items.js'
import {onceByText} from './once-by-text.js'

/** One unit of alignment: a sentence that states one fact, or one proposition of a sentence that states several. */
export interface PropositionUnit {
  /** The member as a claim group shows it: the proposition's span and text, the sentence's other fields. */
  member: StoryClaim
  /** The sentence it comes from. */
  sentence: StoryClaim
  /** Cross-article entity ids of the entities it names (by mention inside its span). */
  entities: string[]
}

/** Fewest letters or digits a proposition needs to be aligned on its own: shorter ones are the sentence's asides of a word or two. */
const minimumLetters = 24

/** Fewest letters or digits a list item needs to be aligned on its own ("the harbour of Marle", not "Vel"). */
const minimumItemLetters = 10

/**
 * The units a sentence is aligned by: itself when it states one fact, else each of
 * its propositions ("Mayor Okafor resigned on Friday and her deputy took over" gives
 * two: each can meet another outlet's sentence on its own, and a group of facts that
 * the deputy took over never holds the resignation). A unit keeps the quantities,
 * dates and entities that lie inside its span, and a reported proposition is given
 * to its source. Propositions nested in another (an aside inside reported speech) are
 * aligned with it, not apart, but for an aside (appositive or relative clause): it
 * is a unit of its own beside the one that holds it, and is about its subject, whose
 * entity it carries. So is each item of a noun-phrase list (`listItems`: "They asked
 * about the depot, the budget of Marle and the harbour" names three topics), inside
 * the proposition, or the sentence, that holds the list.
 *
 * @param sentence The sentence as the story holds it.
 * @param claim The claim it was made from (its propositions, entity mentions and spans).
 * @param entityIds Cross-article id of each of the claim's entities, in order.
 */
export function propositionUnits(sentence: StoryClaim, claim: Claim, entityIds: readonly string[]): PropositionUnit[] {
  // Loops, not spreads and `flatMap`: this runs once per sentence of every article, most of which state one fact.
  const all = claim.propositions ?? noPropositions
  // Most sentences state one fact: with one proposition or none, only the sentence's list items could split it, and those are read once per text.
  if (all.length < 2 && !listsFacts(sentence.text)) return [{member: sentence, sentence, entities: entityIds.slice()}]
  return severalUnits(sentence, claim, entityIds, all)
}

/**
 * `propositionUnits` of a sentence that may state several facts: a function of its
 * own, so that the one-fact test above, run for every sentence, compiles small.
 */
function severalUnits(sentence: StoryClaim, claim: Claim, entityIds: readonly string[], all: readonly Proposition[]): PropositionUnit[] {
  const outer = all.length < 2 ? noPropositions : outermost(all)
  // An aside states a fact of its own wherever it sits ("… to his deputy, Sam Vale, who chairs the board"):
  // one inside another proposition is a unit too, beside the proposition that holds it.
  const stated: Proposition[] = []
  for (const p of outer) if (letters(p.text) >= minimumLetters) stated.push(p)
  for (const p of all) {
    if ((p.kind === 'relative' || p.kind === 'appositive') && !outer.includes(p) && letters(p.text) >= minimumLetters) stated.push(p)
  }
  const propositions: Stated[] = stated.length >= 2 ? stated.slice() : []
  // Each item of a noun-phrase list ("the depot, the budget and the harbour") names a fact of its own: a unit inside the one that holds it.
  const holders: ReadonlyArray<{start: number, text: string}> = stated.length >= 2 ? stated : [sentence]
  for (const holder of holders) {
    for (const {start, end} of listItems(holder.text)) {
      const text = holder.text.slice(start, end)
      if (letters(text) >= minimumItemLetters) propositions.push({kind: 'main', start: holder.start + start, end: holder.start + end, text, subject: null, attribution: null})
    }
  }
  if (propositions.length < 2) return [{member: sentence, sentence, entities: entityIds.slice()}]
  // One unit per span: an aside is listed once, whether found inside its clause or on its own.
  const spans = new Set<string>()
  const units: PropositionUnit[] = []
  for (const stated of propositions) {
    const proposition = withItsList(stated, sentence)
    const span = `${proposition.start}:${proposition.end}`
    if (spans.has(span)) continue
    spans.add(span)
    units.push(unitOf(proposition, sentence, claim, entityIds))
  }
  return units.length < 2 ? [{member: sentence, sentence, entities: entityIds.slice()}] : units
}

/** The unit of one proposition: its span and text, and the quantities, dates and entities inside it. */
function unitOf(proposition: Stated, sentence: StoryClaim, claim: Claim, entityIds: readonly string[]): PropositionUnit {
  const inside = (span: {start: number, end: number}) => span.start >= proposition.start && span.end <= proposition.end
  const quantities = sentence.quantities.filter((_, i) => inside(claim.quantities[i]!))
  const dates = sentence.dates.filter((_, i) => inside(claim.dates[i]!))
  // An aside states a fact about its subject ("Okafor, who chairs the board"): the subject's entity is the unit's too.
  const about = proposition.subject
  const ofSubject = (span: {start: number, end: number}) => about !== null && span.start >= about.start && span.end <= about.end
  const entities = entityIds.filter((_, i) => claim.entities[i]!.mentions.some((mention) => inside(mention) || ofSubject(mention)))
  const assertor = proposition.kind === 'reported' ? proposition.attribution?.name ?? sentence.assertor : sentence.assertor
  // A proposition that is all of its sentence but the closing stop (the clause that holds an aside) is the sentence.
  if (assertor === sentence.assertor && proposition.start === sentence.start && /^[\s.!?"'”’)]*$/.test(sentence.text.slice(proposition.end - sentence.start))) {
    return {member: sentence, sentence, entities: entityIds.slice()}
  }
  return {
    member: {...sentence, start: proposition.start, end: proposition.end, text: proposition.text, quantities, dates, assertor},
    sentence,
    entities
  }
}

const noPropositions: readonly Proposition[] = []

/** A colon and the list it opens, to the end of the sentence ("…: Vel, Marle and Osk."). */
const colonList = /^\s*:\s+([^:;“”"]+?)[.!?]?\s*$/u

/**
 * A proposition with the list its colon opens: "which serves three towns: Vel, Marle
 * and Osk" states what the towns are in the list, and a unit cut at the colon would
 * leave out the names it shares with another outlet's account.
 */
function withItsList(proposition: Stated, sentence: StoryClaim): Stated {
  const after = proposition.end - sentence.start
  const text = sentence.text
  // No character read past the end (V8 deoptimises a read out of bounds).
  if (after >= text.length || (text.charCodeAt(after) !== 58 && (after + 1 === text.length || text.charCodeAt(after + 1) !== 58))) return proposition
  const list = colonList.exec(sentence.text.slice(after))
  if (!list || listItems(list[1]!).length < 2) return proposition
  const end = proposition.end + list.index + list[0].indexOf(list[1]!) + list[1]!.length
  return {...proposition, end, text: sentence.text.slice(proposition.start - sentence.start, end - sentence.start)}
}

/** What a unit is cut from: a proposition, or a list item (a main clause with no source of its own). */
type Stated = Pick<Proposition, 'kind' | 'start' | 'end' | 'text' | 'subject'> & {attribution: Proposition['attribution'] | null}

/** The propositions not inside another one (in text order). */
function outermost(propositions: readonly Proposition[]): Proposition[] {
  return propositions.filter((p) => !propositions.some((q) => q !== p && q.start <= p.start && q.end >= p.end && (q.start < p.start || q.end > p.end)))
}

/** Whether two items or more of a noun-phrase list in `text` are long enough to be aligned on their own (once per distinct text). */
const listsFacts = onceByText((text: string): boolean => {
  let long = 0
  for (const {start, end} of listItems(text)) if (letters(text.slice(start, end)) >= minimumItemLetters && ++long >= 2) return true
  return false
})

/** How many letters and digits `text` holds (once per distinct text: copies of a sentence recur across outlets). */
const letters = onceByText((text: string): number => text.match(/[\p{L}\p{N}]/gu)?.length ?? 0)
