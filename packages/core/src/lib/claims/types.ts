import type {Span} from '../types.js'

/**
 * A piece of text with its place in `article.text` (the same shape as the quotes'
 * exported `TextSpan`).
 *
 * @inline
 */
export interface TextSpan extends Span {
  text: string
}

/** How a number is qualified in the text. */
export type QuantityQualifier =
  /** Given as is: "91 drones". */
  | 'exact'
  /** "around", "about", "roughly", "some", "an estimated": close to the value either way. */
  | 'about'
  /** "at least", "no fewer than": the value or more. */
  | 'at-least'
  /** "more than", "over", "upwards of", "hundreds of": strictly above the value. */
  | 'more-than'
  /** "nearly", "almost", "close to", "just under": a little below the value. */
  | 'nearly'
  /** "up to", "as many as", "at most", "no more than": the value or fewer. */
  | 'at-most'
  /** "less than", "fewer than", "under": strictly below the value. */
  | 'less-than'

/** The shape of a quantity. */
export type QuantityKind =
  /** One number: "91 drones". */
  | 'single'
  /** A range: "30 to 50 years", "30-50 years", "between 30 and 50 years"; `values` holds both ends. */
  | 'range'
  /** A list sharing one unit: "30, 40, 50 years"; `values` holds every item. */
  | 'list'

/** A number in a claim, normalised beside its span. */
export interface Quantity extends TextSpan {
  kind: QuantityKind
  /** The number (the low end of a range, the first item of a list); scale words applied ("1.2 million" = 1200000). */
  value: number
  /** Every number the span gives: `[value]`, `[low, high]` or the list items. */
  values: number[]
  /**
   * The unit or counted thing, normalised: singular, lower case ("drone", "minute",
   * "percent", "USD", "fraction"), or null when no noun follows the number.
   */
  unit: string | null
  /** What a measure counts when the unit is a compound modifier: "call" in "a 75-minute call"; else null. */
  counted: string | null
  qualifier: QuantityQualifier
  /** True unless the qualifier is `exact` (or the number is a vague word such as "dozens"). */
  approximate: boolean
}

/** How a date expression reaches its value. */
export type DateResolution =
  /** The text alone gives it: "December 29, 2025", "in 2025". */
  | 'absolute'
  /** Completed from a reference date: "Dec. 29" (year), "on Monday", "next month". */
  | 'anchored'
  /** It needs a reference date and there is none: `value` is partial ("--12-29") or null. */
  | 'unanchored'

/** How sure the resolved value is. */
export type DateCertainty =
  /** The text states the value in full (or the partial value shown, when unanchored). */
  | 'exact'
  /** One reading of the text with a reference: the year of "Dec. 29", the Monday of "on Monday". */
  | 'inferred'
  /** A vague period: "earlier this year", "in early January", "next month", "last week". */
  | 'approximate'

/** How precise the value is. */
export type DateGranularity =
  /** A time of day ("1:00 p.m."), with a day when the text gives one. */
  | 'time'
  /** One day. */
  | 'day'
  /** A span of days: part of a month or year ("in early January", "earlier this year", "last week"). */
  | 'days'
  /** A calendar month. */
  | 'month'
  /** A calendar year, or part of one ("earlier this year"). */
  | 'year'

/** Where the reference date of a relative expression came from. */
export type DateReferenceSource =
  /** The article's own published date. */
  | 'published'
  /** A date the caller gave (`Options.reference`), say the story's date from another article. */
  | 'caller'
  /** The last date resolved before it in the article ("the day prior", "the next day"). */
  | 'previous-date'

/** A date or time in a claim, resolved against a reference date. */
export interface ClaimDate extends TextSpan {
  /**
   * ISO 8601 at the precision the text gives: `2025-12-29`, `2025-12-29T13:00`,
   * `2026-01`, `2025`; `--12-29` (month and day, year unknown), `--12` (a month, year
   * unknown: XML Schema's gMonthDay and gMonth) or `T13:00` (a time,
   * day unknown); null when it cannot be resolved at all.
   */
  value: string | null
  /** First day covered (ISO date), or null when unresolved. */
  from: string | null
  /** Last day covered (ISO date, inclusive); equal to `from` for one day. */
  to: string | null
  granularity: DateGranularity
  resolution: DateResolution
  certainty: DateCertainty
  /** The reference date used, and where it came from; null for absolute and unanchored dates. */
  reference: {date: string, source: DateReferenceSource} | null
  /**
   * The part of the month or year the text names ("late January", "mid-2025"), kept
   * even when the year is unknown and `from`/`to` are null; absent when none is named.
   */
  part?: DatePart
}

/** A part of a month or year: "early January", "mid-2025", "late January", "earlier this year". */
export type DatePart = 'early' | 'mid' | 'late' | 'earlier' | 'later'

/** How the article stands toward a claim. */
export type Stance =
  /** Stated by the outlet in its own voice, as fact. */
  | 'asserted'
  /** Reported as what a source says ("X said", a quote), without distancing words. */
  | 'attributed'
  /** Held at a distance: "alleged", "reportedly", "claimed", "what he called". */
  | 'hedged'
  /** Reported as denied or disputed: "dismissed", "refuted", "complete fabrication", "lies". */
  | 'denied'

/** What a stance cue does. */
export type StanceCueKind =
  /** A word that holds the claim at a distance. */
  | 'hedge'
  /** A word that denies or disputes it. */
  | 'denial'
  /** The reporting verb or "according to" that gives it to a source. */
  | 'attribution'

/** Words that make a stance. */
export interface StanceCue extends TextSpan {
  kind: StanceCueKind
}

/** How the assertor of a claim was found. */
export type AssertorMethod =
  /** No source: the outlet's own voice. */
  | 'outlet'
  /** The claim lies inside a quote (`findQuotes`): its speaker. */
  | 'quote'
  /** Reported speech found here: "X said (that) …", "…, X said", "according to X". */
  | 'reported-speech'
  /** The claim is an embedded post: its author. */
  | 'embed'

/** Who asserts a claim. */
export interface Assertor {
  /** `outlet` for the article's own voice, `source` for a person or body it reports. */
  kind: 'outlet' | 'source'
  /** The source's canonical name, or the outlet's name when known; null when unknown. */
  name: string | null
  /** Entity id (`findEntities`) of the source, when resolved. */
  entity: string | null
  /** The words that name the source in or near the claim ("he", "Marinov"). */
  mention: TextSpan | null
  method: AssertorMethod
}

/** An entity involved in a claim, with its mentions inside the claim. */
export interface ClaimEntity {
  /** Entity id in `findEntities(article)`. */
  entity: string
  name: string
  kind: 'person' | 'organization' | 'place'
  mentions: TextSpan[]
}

/** The features behind a check-worthiness score. */
export interface CheckWorthinessFeatures {
  /** Numbers found. */
  quantities: number
  /** Dates found. */
  dates: number
  /** Distinct entities mentioned. */
  entities: number
  /** Given to a source, not the outlet. */
  attributed: boolean
  hedged: boolean
  denied: boolean
  /** Words in the claim. */
  words: number
  /** Opinion or prediction markers ("could", "believes", "hopes"), which are harder to check. */
  speculative: boolean
}

/** How worth checking a claim is, 0–1, with the features that made the score. */
export interface CheckWorthiness {
  score: number
  features: CheckWorthinessFeatures
}

/** How a proposition was read out of its sentence. */
export type PropositionKind =
  /** The sentence's own clause, or all of it when nothing splits it. */
  | 'main'
  /** One of two clauses joined by "and", "but" or a semicolon ("Okafor resigned and Vale took over"). */
  | 'coordinate'
  /** What a source is reported to say: P in "X said (that) P" (an indirect quote of `findQuotes`). */
  | 'reported'
  /** An appositive about a name: "Lena Marsh, the fire chief," states that Marsh is the fire chief. */
  | 'appositive'
  /** A non-restrictive relative clause: "Okafor, who chairs the board," states that Okafor chairs it. */
  | 'relative'

/**
 * One fact a sentence states, with its own span: a sentence that joins two facts
 * ("X resigned and Y took over"), reports one ("X said that P") or tucks one into an
 * aside ("Okafor, who chairs the board, said …") gives one proposition for each.
 */
export interface Proposition extends TextSpan {
  kind: PropositionKind
  /** The id of the claim (sentence) it comes from. */
  claim: string
  /** Who states it: the source a reported proposition is given to, else the claim's own assertor. */
  attribution: Assertor
  /**
   * What an appositive or relative clause is about ("Okafor"), or the subject a
   * coordinated verb phrase shares with the clause before ("Okafor" for "left the city"
   * in "Okafor resigned and left the city"); null otherwise.
   */
  subject: TextSpan | null
}

/** A checkable statement: a sentence of story text with what it states. */
export interface Claim extends TextSpan {
  /** Id, unique in the article ("c1", "c2"…). */
  id: string
  /** Index into `article.sentences`. */
  sentence: number
  /** Index into `article.blocks`. */
  block: number
  quantities: Quantity[]
  dates: ClaimDate[]
  entities: ClaimEntity[]
  assertor: Assertor
  stance: Stance
  /** The words that make the stance (hedges, denials, the attribution cue). */
  cues: StanceCue[]
  checkWorthiness: CheckWorthiness
  /**
   * The facts the sentence states, one by one (`splitPropositions`), in text order;
   * one `main` proposition when nothing splits it. Absent on claims made before
   * propositions existed (a caller's precomputed claims).
   */
  propositions?: Proposition[]
}
