import type {QuantityQualifier, Stance} from '../claims/types.js'
import type {LinkedEntity} from '../entities/types.js'
import type {Span} from '../types.js'

/** A place in one article of the story: `file` as the caller named it, offsets into that article's text. */
export interface StoryMember extends Span {
  /** The name the caller gave the article (its file), else its id. */
  file: string
  /** The article id. */
  article: string
  text: string
}

/** One step of a word-level diff of a variant against the fullest rendering. */
export interface DiffPart {
  /** `equal`: in both; `delete`: only in the fullest; `insert`: only in the variant. */
  op: 'equal' | 'delete' | 'insert'
  text: string
}

/** How a variant's wording compares with the fullest rendering of the quote: what a fact-checker needs to know. */
export type QuoteVerdict =
  /** The same words (case, punctuation, curly marks and contractions aside). */
  | 'identical'
  /** A contiguous cut of the fullest rendering (or cuts the variant marks with an ellipsis): nothing added or changed. */
  | 'excerpt'
  /** Words added, dropped or changed inside the marks; `changes` says which. */
  | 'altered'
  /** The same utterance reworded: a different translation, a summary in marks; under half the words shared. */
  | 'paraphrase'

/** Words of the fullest rendering and what an altered variant has in their place, with a kept word either side. */
export interface QuoteChange {
  /** The fullest rendering's words ("open up government"). */
  from: string
  /** The variant's words ("open the government"). */
  to: string
}

/** One quote of a group, with how its wording compares with the fullest. */
export interface QuoteGroupMember extends StoryMember {
  /** Index of the quote in `findQuotes` of its article. */
  quote: number
  verdict: QuoteVerdict
  /** 0–1: similarity to the fullest rendering (1 for the fullest itself). */
  similarity: number
  /** Word diff against the fullest rendering (empty for the fullest itself). */
  diff: DiffPart[]
  /** For an altered variant, each stretch of changed words (empty otherwise). */
  changes: QuoteChange[]
  /** The speaker this article gives the quote (its own reading), null when none. */
  speaker: string | null
}

/** One utterance as several articles (or one article, twice) quote it. */
export interface QuoteGroup {
  /** Group id ("q1", "q2"…). */
  id: string
  /** The speaker's canonical name, decided by agreement across members (named attributions outweigh inferred ones), or null when no article names one. */
  speaker: string | null
  /** The cross-article entity id of the speaker, when known. */
  entity: string | null
  /** Indexes into `members` whose own reading of the speaker the group's speaker overrides. */
  overridden: number[]
  /** The files that carry it, each once (an outlet repeating its own quote counts once). */
  files: string[]
  /** Index into `members` of the fullest rendering (the one the diffs are against). */
  fullest: number
  members: QuoteGroupMember[]
  /** The fullest member's diff table, for readers: each variant's diff by member index. */
  diff: Array<{member: number, verdict: QuoteVerdict, parts: DiffPart[]}>
}

/** Which outlets wrote an entity which way. */
/** How a written form differs from the other forms of the same name. */
export type NamingKind =
  /** Letters differ: transliteration or spelling (Horvasky / Horvaskyy), hyphens and spacing (Jong-un / Jong Un, re-open / reopen). */
  | 'spelling'
  /** Accents only (Jose / José). */
  | 'diacritic'
  /** Capitals only (NOVA / Nova, The Courier / the Courier, Chief Inspector / Chief inspector). */
  | 'case'
  /** Another form of the name: middle initial, suffix, nickname, title, short form, abbreviation or expansion (F.B.I. / FBI / Federal Bureau of Investigation). */
  | 'form'
  /** A likely misspelling: one outlet spells a rare name unlike the others, who agree. */
  | 'error'

/** A name or term the outlets write in more than one way, with each form and who uses it (`story.naming`). */
export interface NamingEntry {
  /** The cross-article entity id; for a body's name found only in the text ("n1") or a term ("t1"), a story-local id. */
  entity: string
  /** Its canonical name. */
  name: string
  /** `term` for a word or phrase that is no named entity ("executive branch", "reopen"). */
  kind: 'person' | 'organization' | 'place' | 'term'
  /** Every kind of difference among the variants, most telling first. */
  kinds: NamingKind[]
  /** Each written form, with the files that used it, the most useful first; `kind` says how it differs from its nearest other form. */
  variants: Array<{form: string, files: string[], kind: NamingKind}>
  /** Titles and roles written before the name, by file ("acting President"). */
  titles: Array<{title: string, files: string[]}>
}

/** Articles that repeat one another: not independent confirmation. */
export interface SyndicationEntry {
  /** The files involved. */
  files: string[]
  /** Why: near-identical text, or a wire credit shared. */
  reason: 'near-duplicate' | 'wire-credit'
  /** For near-duplicates: Jaccard similarity of 5-word shingles (estimated by MinHash). */
  similarity: number | null
  /** For wire credits: the credit's text per file. */
  credits: StoryMember[]
}

/** A claim in the story, with the file it came from. */
export interface StoryClaim extends StoryMember {
  /** The claim's id in its article ("c3"). */
  claim: string
  stance: Stance
  /** Numbers, with the bound the text puts on each ("at least" 48) and what a measure counts. */
  quantities: Array<{value: number, unit: string | null, text: string, qualifier?: QuantityQualifier, values?: number[], counted?: string | null}>
  dates: Array<{value: string | null, from: string | null, to: string | null, text: string}>
  /** Who asserts it: the outlet, or the named source. */
  assertor: string | null
  /**
   * In a claim group, when the member is one proposition of a sentence that states
   * several facts (its `start`/`end`/`text` are the proposition's): the whole sentence.
   * Absent when the member is the whole sentence. Since Story version 2 (additive).
   */
  sentence?: Span
}

/** How an outlet carries a fact of a claim group. */
export type Carried =
  /** A member of the group: it states the fact. */
  | 'carried'
  /** No member, but a claim of it comes close: it may state the fact in other words. */
  | 'maybe'
  /** Nothing of it aligns with the fact. */
  | 'absent'

/** One fact as several outlets carry it. */
export interface ClaimGroup {
  id: string
  members: StoryClaim[]
  /** The quantities the members share (value and unit), for matching and display. */
  quantities: Array<{value: number, unit: string | null}>
  /**
   * The files that carry the fact (`carried`, with their stance) or may carry it in
   * other words (`maybe`, stance `absent`), in story order. A file of the story not
   * listed has nothing that aligns with the fact: it is absent. (Before Story version
   * 2 every file was listed; the list is sparse so that output grows with the facts,
   * not with facts × articles.)
   */
  coverage: Array<{file: string, stance: Stance | 'absent', carried?: Carried}>
  /** 0–1: the lowest similarity between two members (groups are cliques: every member close to every other). */
  cohesion?: number
}

/** How much one article shares with the rest of the story. */
export interface RelatednessEntry {
  file: string
  /** 0–1: share of its claims and quotes aligned with another article's. */
  share: number
  /** How many of its claims and quotes align with another article's, and of how many. */
  aligned: number
  total: number
}

/** What the story compared, so that "no conflict found" never reads as "they agree". */
export interface ComparedSummary {
  /** Claim groups (facts carried by two outlets or more) whose members were compared slot by slot. */
  facts: number
  /** Quote groups (utterances quoted by two outlets or more) whose renderings were compared. */
  quotes: number
  /** Pairs of aligned members from different outlets that were compared. */
  pairs: number
  /** Conflicts raised. */
  conflicts: number
}

/** Something a reader should know about the story as a whole. */
export interface StoryWarning {
  /** `unrelated`: the article shares no fact or quote with the others: probably not the same story. */
  kind: 'unrelated'
  file: string
  message: string
}

/** What two or more outlets disagree on. */
export type ConflictKind =
  /** Different numbers for one counted thing. */
  | 'number'
  /** Different dates for one event. */
  | 'date'
  /** Different speakers for one quote, each named in its own attributing clause. */
  | 'speaker'
  /** One outlet states as fact what another explicitly distances ("alleged", "unverified"); attribution is not hedging. */
  | 'stance'
  /** One person given different roles or titles. */
  | 'role'
  /** One event placed in different places. */
  | 'place'
  /** One person given different first names. */
  | 'name'
  /** One utterance quoted with words added, dropped or changed inside the marks. */
  | 'wording'
  /** One outlet states P, another not-P or reports P denied. */
  | 'contradiction'
  /** One event told with different participants or means: to whom a thing was handed, over which channel, leaked or released. */
  | 'event'

/** A disagreement, with the sentences that carry each value. */
export interface Conflict {
  id: string
  kind: ConflictKind
  /** One line saying what differs ("people injured: 4 vs 6"). */
  summary: string
  /** 0–1: how sure the engine is that the values really cannot both hold. Reports rank by it. */
  confidence: number
  /** Why the engine judged it a conflict: what was aligned and compared. */
  reason: string
  members: Array<StoryMember & {value: string}>
  /** The claim group it was found in, when any. */
  group: string | null
}

/** A fact, quote or number only one outlet reports. */
export interface Exclusive extends StoryMember {
  kind: 'claim' | 'quote'
  quantities: Array<{value: number, unit: string | null, text: string}>
}

/** Loaded or hedging words one outlet uses. */
export interface FramingEntry {
  file: string
  terms: Array<StoryMember & {kind: 'hedge' | 'denial' | 'loaded'}>
  /** How many of the file's claims take each stance. */
  stances: Record<Stance, number>
}

/** One day of the story, with the claims dated to it. */
export interface TimelineEntry {
  /** ISO date (day). */
  date: string
  members: StoryClaim[]
  /** The claim groups among the members: one per distinct event reported that day. */
  events: Array<{group: string | null, members: number[]}>
}

/** An article in the story. */
export interface StoryArticle {
  file: string
  id: string
  title: string | null
  outlet: string | null
  published: string | null
  quotes: number
  claims: number
}

/** The comparison of several articles on one story. */
export interface Story {
  version: 2
  articles: StoryArticle[]
  entities: LinkedEntity[]
  quoteGroups: QuoteGroup[]
  claims: StoryClaim[]
  claimGroups: ClaimGroup[]
  conflicts: Conflict[]
  exclusives: Exclusive[]
  naming: NamingEntry[]
  framing: FramingEntry[]
  timeline: TimelineEntry[]
  syndication: SyndicationEntry[]
  /** How much each article shares with the others, in article order. */
  relatedness?: RelatednessEntry[]
  /** What was compared to find the conflicts. */
  compared?: ComparedSummary
  /** Articles that share nothing with the rest, and the like. */
  warnings?: StoryWarning[]
}
