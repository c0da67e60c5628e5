/** A person's titles as some outlet writes them, each with its lower case and a slot for its length. */
export interface KnownTitles {
  titles: ReadonlyArray<{title: string, lower: string, slot: number}>
  /** How many different lengths the titles have. */
  lengths: number
}

/** The titles, in their order, ready for `titlesWrittenBefore`. */
export function knownTitles(known: Iterable<string>): KnownTitles {
  const slots = new Map<number, number>()
  const titles: Array<{title: string, lower: string, slot: number}> = []
  for (const title of known) {
    let slot = slots.get(title.length)
    if (slot === undefined) slots.set(title.length, slot = slots.size)
    titles.push({title, lower: title.toLowerCase(), slot})
  }
  return {titles, lengths: slots.size}
}

/** Whether a whitespace character stands straight before `offset`. */
export function spaceBefore(text: string, offset: number): boolean {
  return offset > 0 && /\s/.test(text[offset - 1]!)
}

const none: readonly string[] = []
/** The text before a name, in lower case, per title length: read once per mention, whatever the number of titles. */
let lowered: Array<string | undefined> = []

/**
 * The titles another outlet gives, written before the name at `at` in other capitals
 * ("Special counsel" / "Special Counsel"), as written here, in the titles' order.
 * Only a whole title counts: not "President" out of "Ukrainian President". The
 * character before `at` must be a space (`spaceBefore`).
 */
export function titlesWrittenBefore(text: string, at: number, known: KnownTitles): readonly string[] {
  if (known.titles.length === 0) return none
  if (lowered.length < known.lengths) lowered = new Array<string | undefined>(known.lengths)
  lowered.fill(undefined, 0, known.lengths)
  let found: string[] | null = null
  // The letter before the space, when it is ASCII, ends the text's lower case as it is
  // (`lastBefore`): a title that ends otherwise is passed over without a slice.
  const last = text.charCodeAt(at - 2)
  const lastBefore = last < 128 ? (last >= 65 && last <= 90 ? last + 32 : last) : -1
  for (const {title, lower, slot} of known.titles) {
    const start = at - title.length - 1
    if (start < 0) continue
    if (lastBefore >= 0 && lower.charCodeAt(lower.length - 1) !== lastBefore) continue
    const written = lowered[slot] ??= text.slice(start, at - 1).toLowerCase()
    if (written !== lower) continue
    const asWritten = text.slice(start, at - 1)
    if (/^\p{Lu}/u.test(asWritten) && (start === 0 || !/\p{L}/u.test(text[start - 1]!)) && !/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, start - 30), start))) {
      (found ??= []).push(asWritten)
    }
  }
  return found ?? none
}
