/**
 * Abbreviations and the names they stand for: "F.B.I." / "FBI", "NSA" /
 * "National Security Agency", "DOJ" / "Department of Justice", "U.S." / "United
 * States", "NYT" / "The New York Times".
 */

/** Small words an acronym may skip or keep ("Federal Bureau of Investigation" is FBI, "Department of Justice" DOJ). */
const smallWords = new Set(['of', 'on', 'and', 'for', 'the', 'in', 'to', 'at', '&'])

/**
 * The letters of an abbreviation, upper case and without periods ("F.B.I." →
 * "FBI", "NSA" → "NSA"), or `null` when the form is no abbreviation: two to six
 * capitals, each followed by a period or none.
 */
export function acronymLetters(form: string): string | null {
  if (/^(?:\p{Lu}\.){2,6}$/u.test(form)) return form.replace(/\./g, '')
  if (/^\p{Lu}{2,6}$/u.test(form)) return form
  return null
}

/**
 * The abbreviations a name can be written as: the initials of its words, with
 * and without its small words ("of", "the", "and"), a leading "The" left out.
 * A single word has none.
 */
export function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/).filter(Boolean)
  if (words[0]?.toLowerCase() === 'the') words.shift()
  if (words.length < 2 || words.some((word) => !/^[\p{L}&]/u.test(word))) return []
  // One loop, no arrays from `map` or `filter` (their shape differs between the engine's tiers).
  let all = ''
  let big = ''
  for (let i = 0; i < words.length; i++) {
    const initial = words[i]![0]!.toUpperCase()
    all += initial
    if (!smallWords.has(words[i]!.toLowerCase())) big += initial
  }
  return all === big ? [all] : [all, big]
}

/**
 * Whether `short` abbreviates `name` ("DOJ", "Department of Justice"); not a name that
 * holds it as a word ("U.S." and "US" are a word of "U.S. Senate", whose initials are US too).
 */
export function abbreviates(short: string, name: string): boolean {
  const letters = acronymLetters(short)
  return letters !== null && initialsOf(name).includes(letters) && !name.split(/[\s-]+/).some((word) => acronymLetters(word) === letters)
}
