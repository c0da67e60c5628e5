import type {Span} from '../types.js'

/** How a quote stands in the writer's text. */
export type QuoteKind =
  /** A full statement in quotation marks, standing as its own sentence or after a colon. */
  | 'direct'
  /** A few quoted words woven into the writer's own sentence ("described it as “positive”"). */
  | 'partial'
  /** A quoted clause woven into the writer's sentence ("said the two “generally shared the view…”"). */
  | 'mixed'
  /** Reported speech without quotation marks ("Dornik said Ukraine had tried…"). */
  | 'indirect'

/** How the speaker's name was reached. */
export type SpeakerMethod =
  /** A name in the attributing clause ("Marinov said", "said Ilya Marinov"). */
  | 'explicit'
  /** A personal pronoun in the attributing clause, resolved to an earlier person ("he said"). */
  | 'pronoun'
  /** A role noun ("the American president added"), resolved to a person with that role. */
  | 'role-noun'
  /** No cue of its own: the speaker of the quote or report just before. */
  | 'previous-speaker'
  /** A name with an appositive between it and the verb ("Kirill Belyakov, a Kremlin envoy, echoed"). */
  | 'appositive'
  /** A described but unnamed source ("a senior official said"); `entity` is null. */
  | 'unnamed'
  /** No reporting verb: the subject of the quote's sentence ("Marle stood by his call for “…”"). */
  | 'clause-subject'

/** What kind of word or sign introduces the quote. */
export type CueType =
  /** A reporting verb: said, told, added, claimed, described … as. */
  | 'verb'
  /** "according to X", "per X". */
  | 'according-to'
  /** A colon after the speaker or the verb ("He added: “…”", "And from Chairwoman X: “…”"). */
  | 'colon'
  /** A dash signature after the quote ("“…” —Name"). */
  | 'dash'

/** The medium a statement was made through. */
export type ChannelKind =
  /** A post on a social network (X, Twitter, Truth Social, Telegram, Facebook…). */
  | 'social-media'
  /** A written or spoken statement ("in a statement", "a statement from"). */
  | 'statement'
  /** Remarks to the press ("told reporters", "told journalists"). */
  | 'reporters'
  /** An interview ("in an interview with", "told CNN in an interview"). */
  | 'interview'
  /** A news or press conference, briefing. */
  | 'press-conference'
  /** State-run media ("state media", "state television"). */
  | 'state-media'
  /** A news agency relaying it ("TASS news agency reported"). */
  | 'news-agency'
  /** A speech, address or rally. */
  | 'speech'

/** A piece of text with its place in `article.text`. */
export interface TextSpan extends Span {
  text: string
}

/** Who said a quote. */
export interface Speaker {
  /** The canonical name ("Ilya Marinov"), or the description for unnamed sources. */
  name: string
  /** Id of the entity in `findEntities(article)`, when resolved to one. */
  entity: string | null
  /** The words standing for the speaker in the attributing clause ("he", "Marinov"). */
  mention: TextSpan | null
  method: SpeakerMethod
  /** Whether the speaker is a person or an organisation, when known. */
  type: 'person' | 'organization' | null
}

/** The word or sign that attributes a quote. */
export interface Cue extends TextSpan {
  type: CueType
}

/** The medium of a quote, with the words that say so. */
export interface Channel extends TextSpan {
  kind: ChannelKind
  /** The platform or outlet named, when there is one ("X", "Truth Social", "TASS"). */
  platform: string | null
}

/** A quote with its speaker. All spans are offsets into `article.text`. */
export interface Quote extends TextSpan {
  kind: QuoteKind
  /** The quotation marks around it (`null` for indirect speech; `close` null when unclosed). */
  marks: {open: string, close: string | null} | null
  speaker: Speaker | null
  cue: Cue | null
  channel: Channel | null
  /** 0–1: how sure the attribution is. */
  confidence: number
  /** True when this quote goes on from the previous paragraph's (reopened marks). */
  continued: boolean
}

/** Quoted words that are not speech: titles, nicknames, so-called terms. */
export interface MarkedTerm extends TextSpan {
  /** Why the marks are not a quote. */
  reason: MarkedTermReason
  marks: {open: string, close: string | null}
}

/** Why marked words are not a quote of anyone. */
export type MarkedTermReason =
  /** A name given to someone or something: `goes by “Shorty”`, `nicknamed`, `dubbed`, `known as`. */
  | 'nickname'
  /** The title of a work: `the book “…”`, `titled “…”`. */
  | 'title'
  /** Words the writer holds at a distance: `so-called “…”`. */
  | 'scare-quote'
