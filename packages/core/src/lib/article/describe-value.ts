/**
 * What a caller passed instead of the object a function expects, for a TypeError:
 * "null", "a string (…)", "an array", "an object without …" or the `typeof`.
 *
 * @param value What was passed.
 * @param missing The fields an object lacks, as the message should name them ("text and blocks").
 * @param stringHint What to do with a string, when one is a likely mistake.
 */
export function describeValue(value: unknown, missing: string, stringHint?: string): string {
  if (value === null) return 'null'
  if (typeof value === 'string' && stringHint) return `a string (${stringHint})`
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return `an object without ${missing}`
  return typeof value
}
