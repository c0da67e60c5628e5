/**
 * Quotation marks by role. Straight marks (" and ') are both opening and closing,
 * and ’ and ' are also apostrophes: `scanQuoteMarks` decides from the neighbours.
 */

/** Marks that only open a quote: “ „ « ‹ ‘ ‚. */
export const openingMarks: ReadonlySet<string> = new Set(['“', '„', '«', '‹', '‘', '‚'])

/** Marks that only close a quote (” » ›), plus ’ which is also an apostrophe. */
export const closingMarks: ReadonlySet<string> = new Set(['”', '»', '›', '’'])

/** Marks that open or close by position. */
export const straightMarks: ReadonlySet<string> = new Set(['"', "'"])

/** Double and single quotes nest inside each other; guillemets count as double. */
export type MarkFamily = 'double' | 'single'

/** The family of a mark. */
export function markFamily(mark: string): MarkFamily {
  return mark === '‘' || mark === '’' || mark === "'" || mark === '‚' || mark === '‹' || mark === '›' ? 'single' : 'double'
}

/** Every character that may be a quotation mark, for a fast first test. */
export const anyMark = /["'“”„«»‹›‘’‚]/

/**
 * Words that start with an apostrophe standing for left-out letters, so a ' or ’
 * before them is not an opening mark ("rock 'n' roll", "'til", "'em").
 */
export const elisions: ReadonlySet<string> = new Set(['n', 'til', 'tis', 'twas', 'em', 'cause', 'bout', 'round', 'nuff', 'ol'])
