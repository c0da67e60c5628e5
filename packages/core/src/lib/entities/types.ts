import type {Span} from '../types.js'

/** What an entity is. */
export type EntityKind =
  /** A person. */
  | 'person'
  /** A government, company, party, agency, newsroom… (also a capital standing for its government). */
  | 'organization'
  /** A country, region, city or site. */
  | 'place'

/** How a mention names its entity. */
export type MentionKind =
  /** A full name ("Ilya Marinov", "White House"). */
  | 'name'
  /** A surname or other part of a name alone ("Marinov"). */
  | 'surname'
  /** A role noun standing for a person ("the American president"), or set off beside their name ("Voss, a spokeswoman,"). */
  | 'role'

/** One mention of an entity, with its place in `article.text`. */
export interface Mention extends Span {
  text: string
  kind: MentionKind
  /** Id of the entity it belongs to. */
  entity: string
  /** The title or role words before a name ("U.S. President", "Varik's aide"), with their span. */
  title: (Span & {text: string}) | null
  /** Written as a possessive ("Varik's"). */
  possessive: boolean
}

/** A person, organisation or place, with every mention of it in one article. */
export interface Entity {
  /** Id, unique in the article ("e1", "e2"…). */
  id: string
  kind: EntityKind
  /** Canonical name: the fullest form used most ("Yury Marinov"). */
  name: string
  /** Every distinct written form, in order of first use. */
  forms: string[]
  mentions: Mention[]
}

/** The entities of one article. */
export interface ArticleEntities {
  /** The article id. */
  article: string
  entities: Entity[]
  /** Every mention, in text order. */
  mentions: Mention[]
}

/** One identity across articles: spelling and transliteration variants joined. */
export interface LinkedEntity {
  /** Id, unique in the link result ("p1", "o2", "l3"…). */
  id: string
  kind: EntityKind
  /** The canonical name: the form most articles use. */
  name: string
  /** Each written form, with the articles that used it. */
  forms: Array<{form: string, articles: string[]}>
  /** The article entities joined here. */
  members: Array<{article: string, entity: string}>
}
