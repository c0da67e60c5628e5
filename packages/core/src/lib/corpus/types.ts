/** Types for grouping a corpus into stories. */

/**
 * What story grouping keeps of one article: small, plain and serialisable, so a
 * batch can drop each article once it is read (memory stays bounded) and hand these
 * between threads or machines.
 */
export interface StoryFeatures {
  /** The article id. */
  id: string
  /** The headline, for the story label. */
  title: string | null
  /** Publication date or date-time as ISO 8601, when known. */
  published: string | null
  /** Content words (stop words dropped, plurals folded) and their counts; title words count double. */
  terms: Record<string, number>
  /** Entities by identity (`p:` person surname, `o:` organisation, `l:` place) and their mention counts. */
  names: Record<string, number>
  /** Numbers written in the text ("6.1", "350"), years apart, and their counts. */
  numbers: Record<string, number>
  /** Years the text names ("2009"). */
  years: string[]
  /**
   * Weekdays the headline and text name (`"tuesday"`), in order of first mention:
   * the first is most often the day of the event. Absent in features from older versions.
   */
  weekdays?: string[]
  /** The first number with a decimal fraction in the headline or text ("6.1"), if any. */
  firstDecimal?: string | null
}

/** A story: the articles that report one event. */
export interface CorpusStory {
  /** Id, unique in the result ("s1", "s2"…), biggest story first. */
  id: string
  /** A readable label: the headline of the article most like the others. */
  label: string
  /** Article ids, most central first. */
  articles: string[]
  /** First and last publication date of its articles (`YYYY-MM-DD`), when known. */
  dates: {first: string, last: string} | null
  /**
   * How sure the grouping is, 0–1: how close the members are to one another
   * against how close the story is to its nearest other story.
   */
  confidence: number
  /** The terms that weigh most in the story (for a reader, not for matching). */
  terms: string[]
}

/** Options for `findStories`. */
export interface Options {
  /**
   * Lowest average similarity at which two groups join (default `0.085`). Higher
   * splits more; lower joins more. A story of one or two articles joins a bigger
   * one it is clearly closest to at 0.6 of this.
   */
  readonly threshold?: number
  /**
   * Days apart beyond which two dated articles are unlikely to report one event
   * (default `180`); their similarity is halved, not zeroed, since dates in the wild
   * are sometimes wrong.
   */
  readonly windowDays?: number
  /** Blocking: how many of an article's heaviest features it is indexed under (default `20`). */
  readonly blockingFeatures?: number
  /** Blocking: features shared by more articles than this are too common to propose pairs (default `200`). */
  readonly maxPosting?: number
  /**
   * Blocking: how many later articles one article is compared with at most, those
   * sharing its rarest features first (default `400`). Bounds the work per article,
   * so grouping time grows in line with the corpus.
   */
  readonly maxCandidates?: number
  /** Called now and then with the work done, for a progress bar. */
  readonly onProgress?: (done: number, total: number, phase: 'features' | 'pairs' | 'clusters') => void
}
