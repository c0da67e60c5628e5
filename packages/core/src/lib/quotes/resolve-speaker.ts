import {titleHeads} from '../entities/titles.js'
import type {ArticleEntities, Entity, Mention} from '../entities/types.js'
import type {Span} from '../types.js'
import {canSpeak} from './can-speak.js'
import {documentAuthor, questionAsker} from './document-source.js'
import {ownedThing} from './owned-thing.js'
import {pluralSubject} from './plural-subject.js'
import {describedName} from './described-name.js'
import {lowerBound} from '../span-index.js'
import {antecedent, coordinatedPeople} from './antecedent.js'
import {determiners, possessivePronouns, subjectPronounOf} from './function-words.js'
import {numberWords} from './share-of-people.js'
import type {NounPhrase} from './noun-phrase.js'
import {reportingVerbs} from './reporting-verbs.js'
import type {Speaker, SpeakerMethod} from './types.js'

/** What speaker resolution needs to know about the article. */
export interface SpeakerContext {
  text: string
  entities: ArticleEntities
  byId: ReadonlyMap<string, Entity>
  /** Sentence spans of the story text, in order. */
  sentences: readonly Span[]
  /** Quoted runs (marks included): mentions inside them are not antecedents. */
  quoted: readonly Span[]
  /**
   * Inside a quote, the entity of its speaker: a "he" or "she" there is someone else
   * (speakers say "I" of themselves), so this entity is no antecedent of one.
   */
  notThird?: string | null
  /**
   * The writer, when the byline names one person: the "I" of a first-person piece
   * ("“Then fix it,” I said").
   */
  narrator?: string | null
}

const femalePronouns = new Set(['she', 'her'])

/**
 * Turn the phrase of an attributing clause into a speaker: a name or title
 * phrase joins the entity it mentions (the last name in it that is not a
 * possessive: "Varik's aide Ilya Marinov" → Ilya Marinov); a role noun joins the
 * person `findEntities` resolved it to; a pronoun is resolved to the nearest
 * earlier person (same sentence first, then back up to four sentences, the first
 * person of a sentence preferred as its subject); a capital standing for its
 * government ("Moscow warned") is an organisation; anything else is an unnamed
 * source named by its description ("a senior official"). `null` when the phrase
 * cannot be a speaker: a relative "who" with no person before it, or a phrase that
 * ends in a place that is not the whole subject.
 */
export function resolveSpeaker(context: SpeakerContext, phrase: NounPhrase): Speaker | null {
  const {pronoun, appositive} = phrase
  const text = context.text.slice(phrase.start, phrase.end)
  const mention = {text, start: phrase.start, end: phrase.end}
  if (phrase.antecedent !== undefined) {
    // "Marle, who proclaimed", "Lind said …, whom he called": name from the antecedent,
    // mention the relative or personal pronoun.
    let resolved = phrase.antecedent ? resolveSpeaker(context, phrase.antecedent) : null
    // "nurses in Lyon and Oslo who demanded": "who" never stands for a place, and the
    // people it stands for go unnamed.
    if (resolved && !pronoun && resolved.entity !== null && context.byId.get(resolved.entity)?.kind === 'place') return null
    // "Lee Park, a senior analyst at Riverton Bank, who notes": "who" stands for the person the description describes.
    // "Tal Reyes, a Dunmere native who writes": so does a "who" right after a description set off by a comma.
    const ante = phrase.antecedent
    if (resolved && resolved.type !== 'person' && !pronoun && /^who/i.test(text) && ante) {
      const person = context.text.slice(ante.end, phrase.start).includes(',') ? antecedent(context, ante.start, 'person', 1) : personBefore(context, ante.start)
      if (person) resolved = speaker(person.name, person.id, mention, 'appositive', 'person')
    }
    if (resolved) return speaker(resolved.name, resolved.entity, mention, pronoun ? 'pronoun' : 'appositive', resolved.type)
    if (!pronoun) {
      // A relative "who" whose antecedent is no speaker: the nearest person before it
      // in its sentence, else nobody ("who" is never a name).
      const entity = antecedent(context, phrase.start, 'person', 1)
      return entity ? speaker(entity.name, entity.id, mention, 'pronoun', 'person') : null
    }
  }
  if (pronoun) {
    let people: Entity[] | null = null
    let group: ReturnType<typeof pluralSubject> = null
    // A possessive pronoun stands for its subject form ("his call for …": he).
    const lower = possessivePronouns.get(text.toLowerCase()) ?? subjectPronounOf(text.toLowerCase()) ?? text.toLowerCase()
    if (lower === 'he' || lower === 'she') {
      const entity = antecedent(context, phrase.start, femalePronouns.has(lower) ? 'female' : 'male')
      if (entity) return speaker(entity.name, entity.id, mention, 'pronoun', 'person')
    } else if (lower === 'they' && (people = coordinatedPeople(context, phrase.start)) !== null) {
      // "Ms. Ortiz and Mr. Hale released a statement … they said": all of them.
      const names = people.map((person) => person.name)
      return speaker(`${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`, null, mention, 'pronoun', 'person')
    } else if (lower === 'they' && (group = pluralSubject(context, phrase.start)) !== null) {
      // "The three council members — … — issued a statement. The papers, they said": the group.
      return speaker(group.text.replace(/^(?:the|these|those)\s+/i, ''), null, mention, 'pronoun', 'person')
    } else if (lower === 'i' && context.narrator) {
      // "“Then fix it,” I said": in the writer's own words, "I" is the byline's author.
      return speaker(context.narrator, null, mention, 'pronoun', 'person')
    } else if (lower === 'it' || lower === 'they') {
      // A plural "they" stands for people or a body, never a place ("they said" after "Tarrow").
      const entity = antecedent(context, phrase.start, 'body', 5, lower === 'they')
      if (entity) return speaker(entity.name, entity.id, mention, 'pronoun', 'organization')
    }
    return speaker(text, null, mention, 'pronoun', null)
  }
  if (!canSpeak(text)) return null
  // "A letter … obtained by the Ledger warns": the agent of "obtained by" only received the words.
  if (recipient.test(context.text.slice(Math.max(0, phrase.start - 24), phrase.start))) return null
  // "“…?” one question asks": whoever the article says asks the questions, else the question itself.
  const asker = questionAsker(context, phrase.start, phrase.end, /^another$/i.test(text) ? elidedHead(context.text, phrase.start) : undefined)
  if (asker) return fromMention(context, asker, mention, 'role-noun')
  // "a statement from Mayor Dana Okafor", "the council's lawsuit": the author speaks.
  const author = documentAuthor(context, phrase.start, phrase.end)
  if (author) return fromMention(context, author, {text: author.text, start: author.start, end: author.end}, 'explicit')
  // "his keynote speech", "her record": the owner speaks, not the thing owned.
  if (ownedThing(text)) {
    const owner = /^\S+/.exec(text)![0]
    const resolved = resolveSpeaker(context, {from: phrase.from, to: phrase.from, start: phrase.start, end: phrase.start + owner.length, pronoun: true, appositive: false})
    return resolved && resolved.entity !== null ? resolved : null
  }
  // Mentions are in text order: those inside the phrase start at or after its start.
  // "Another source speaking to the Ledger", "a letter obtained by the Courier": who is
  // spoken to or who obtained the words is never the speaker.
  const addressed = addressee.exec(text)
  // "Others, reacting to the Reyes hearing,": a participle aside describes what the head did; its names do not speak.
  const aside = appositive ? /,\s+[a-z]+ing\b/.exec(text) : null
  const cut = addressed && addressed.index > 0 ? addressed.index : aside ? aside.index : -1
  const reach = cut > 0 ? phrase.start + cut : phrase.end
  const within: Mention[] = []
  const mentions = context.entities.mentions
  for (let k = lowerBound(mentions, phrase.start); k < mentions.length && mentions[k]!.start < reach; k++) {
    if (mentions[k]!.end <= reach) within.push(mentions[k]!)
  }
  const bare = context.text.slice(phrase.start, reach).trim().replace(/^(?:the|a|an)\s+/i, '')
  // A phrase in capitals that names no one the article knows is a heading or a label
  // ("BREAKING", "UPDATE"), not a source.
  if (within.length === 0 && capitals.test(bare)) return null
  // A place speaks only as a capital standing for its government, alone as the subject
  // ("Moscow warned"); in a longer phrase ("last week's Paris attack") or after a
  // preposition ("refugees from Iraq admitted") it is no speaker.
  const places = within.filter((m) => context.byId.get(m.entity)!.kind === 'place')
  // A lone capital is a party or a middle initial ("Westlake (R)"), never a speaker.
  const candidates = within.reverse().filter((m) => (!m.possessive || phrase.possessor === true) && m.text.length > 1 && context.byId.get(m.entity)!.kind !== 'place')
  const person = (m: Mention) => context.byId.get(m.entity)!.kind === 'person'
  // "Gov. Colin Westlake (R), a staunch Dorian Marle ally,": a person named before the
  // appositive is the speaker; the appositive's name counts only after a bare role
  // ("Her new spokesman, Omar Reyes,").
  const headEnd = appositive ? context.text.indexOf(',', phrase.start) : -1
  // A role linked by inference gives way to the name the appositive gives it ("Her new spokesman, Omar Reyes,").
  const before = headEnd > 0 ? candidates.find((m) => m.end <= headEnd && person(m)) : undefined
  const named = before?.kind === 'role' ? candidates.find((m) => m.start > headEnd && person(m) && m.kind !== 'role') : undefined
  const head = named ?? before
  const chosen = head ?? candidates.find(person) ?? candidates[0] ??
    (places.length === 1 && places[0]!.text === bare && !afterPreposition(context.text, phrase.start) ? places[0]! : null)
  // "last week's Paris attack" names no speaker; "Iowa voters", "farmers in Iowa", "the
  // secretary of State" and "The complaint, filed in Washington," describe one.
  if (!chosen && places.length > 0 && !appositive && /\p{Lu}/u.test(lastWord(text)) && !/\s(?:in|from|at|of)\s/i.test(text) &&
    !text.toLowerCase().split(/\s+/).some((w) => titleHeads.has(w))) return null
  // "The Lasko administration said", "the Marle campaign said": a person's name that
  // modifies a collective noun names the body, not the person.
  const collective = /^(?:administration|campaign|government|camp|team|family|office|staff|transition)$/.test(lastWord(text)) ? lastWord(text) : null
  if (chosen && collective && !appositive && context.byId.get(chosen.entity)!.kind === 'person' && chosen.end < phrase.end - collective.length) {
    return speaker(bare, null, mention, 'explicit', 'organization')
  }
  if (chosen) {
    const entity = context.byId.get(chosen.entity)!
    const method: SpeakerMethod = chosen.kind === 'role' ? 'role-noun' : appositive ? 'appositive' : 'explicit'
    return speaker(entity.name, entity.id, mention, method, entity.kind === 'person' ? 'person' : 'organization')
  }
  // "Ms. Adler's new lawyer in the case and her old friend, Omar Reyes, met …": the
  // description goes on past the phrase to the name set off after it.
  const described = appositive ? null : describedName(context, phrase.end)
  if (described) return fromMention(context, described, mention, 'appositive')
  // Described by its head, not by the appositive after it ("The complaint, which was filed …,").
  const comma = appositive ? bare.indexOf(',') : -1
  const name = comma > 0 ? bare.slice(0, comma) : bare
  // "Some riders", "Roughly three in 10": capitalised only as the sentence's first word, a description names nobody.
  if (/^\p{Lu}/u.test(name) && !describedOnly(name)) return speaker(name, null, mention, appositive ? 'appositive' : 'explicit', null)
  if (!nounHead(name) || relativeVerb(context.text, phrase.start, name)) return null
  return speaker(name, null, mention, 'unnamed', null)
}

/** The person named right before a comma at `at` ("Tal Reyes, a Dunmere native"): the one an appositive there describes. */
function personBefore(context: SpeakerContext, at: number): Entity | null {
  const comma = /,\s*$/.exec(context.text.slice(Math.max(0, at - 3), at))
  if (!comma) return null
  const end = at - comma[0].length
  const mentions = context.entities.mentions
  const m = mentions[lowerBound(mentions, end) - 1]
  const entity = m && m.end === end ? context.byId.get(m.entity) : undefined
  return entity?.kind === 'person' ? entity : null
}

function fromMention(context: SpeakerContext, m: Mention, mention: Speaker['mention'], method: SpeakerMethod): Speaker {
  const entity = context.byId.get(m.entity)!
  return speaker(entity.name, entity.id, mention, method, entity.kind === 'person' ? 'person' : 'organization')
}

function speaker(name: string, entity: string | null, mention: Speaker['mention'], method: SpeakerMethod, type: Speaker['type']): Speaker {
  return {name, entity, mention, method, type}
}

/** Words in capitals only, three letters or more ("BREAKING", "LIVE UPDATES"). */
const capitals = /^(?=(?:[^\p{Ll}]*\p{Lu}){3})[\p{Lu}\s.'’&-]+$/u

/** A participle inside a subject phrase that names an addressee or a recipient after it. */
const addressee = /\s(?:speaking|talking|writing|reporting|speaks|talks)\s+(?:to|with)\s|\s(?:obtained|seen|reviewed|viewed|provided|shared)\s+(?:by|with)\s/i

/**
 * The noun a lone "another" leaves out: the head of the last "one …" or "a …"
 * phrase in the 300 characters before ("sent a dozen questions. … Another asks" → question).
 */
function elidedHead(text: string, at: number): string | undefined {
  let head: string | undefined
  for (const m of text.slice(Math.max(0, at - 300), at).matchAll(/\b(?:one|a|an|another)\s+(?:[a-z-]+\s+)?([a-z]+)\b/gi)) head = m[1]!.toLowerCase()
  return head
}

/** "obtained by", "seen by" right before a phrase: the phrase received the words. */
const recipient = /\b(?:obtained|seen|reviewed|viewed|provided to|shared with)\s+(?:by\s+)?$/i

/** Prepositions whose object is never the subject of a verb after it ("refugees from Iraq admitted"). */
const prepositions = new Set(['in', 'on', 'at', 'to', 'from', 'with', 'by', 'into', 'over', 'under', 'about', 'against', 'between', 'through', 'via', 'per', 'for', 'of', 'upon', 'across', 'around', 'toward', 'towards', 'amid', 'among', 'within', 'behind', 'above', 'below', 'like', 'during', 'near', 'outside', 'inside'])

/** Whether the word before `at` is a preposition, so a phrase at `at` is its object. */
function afterPreposition(text: string, at: number): boolean {
  const before = /([a-z]+)\s*$/.exec(text.slice(Math.max(0, at - 16), at))
  return before !== null && prepositions.has(before[1]!)
}

function lastWord(text: string): string {
  return /\S*$/.exec(text)![0]
}

/**
 * Whether a lower-case description has a word that can head a noun phrase: one word
 * shaped as a participle or an adjective ("disavowing", "clashed", "previous") or a
 * degree word ("enough", "rather") is what a misread clause leaves, never a source.
 */
function nounHead(description: string): boolean {
  const words = description.split(/\s+/)
  if (words.length !== 1) return true
  const word = words[0]!.toLowerCase()
  return !(/(?:ing|ed|ous)$/.test(word) || (/ly$/.test(word) && !lyNouns.has(word)) || reportingVerbs.has(word) || nonHeads.has(word))
}

/** "a rule that obliges tenants to keep “…”": one -s word after a relative pronoun is its verb. */
function relativeVerb(text: string, start: number, name: string): boolean {
  return /^[a-z]+[^s]s$/.test(name) && /\b(?:that|which|who)\s+$/i.test(text.slice(Math.max(0, start - 12), start))
}

/** Whether a phrase opens with a determiner or a count, so its capital is the sentence's, not a name's. */
function describedOnly(name: string): boolean {
  const first = /^\S+/.exec(name)![0].toLowerCase()
  return determiners.has(first) || numberWords.has(first) || first === 'about' || first === 'nearly' || first === 'almost'
}

/** Degree and linking words that a backward walk may take for a phrase ("rather", "enough"). */
const nonHeads = new Set(['rather', 'enough', 'instead', 'suffice', 'else', 'together', 'alone', 'much', 'more', 'less', 'very', 'quite', 'such'])

/** Nouns that end like adverbs. */
const lyNouns = new Set(['family', 'ally', 'assembly', 'daily', 'weekly', 'monthly', 'quarterly', 'bully', 'supply', 'rally'])
