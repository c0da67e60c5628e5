/**
 * `array.map(read)`, always as a packed array. Where the engine has optimised the
 * caller, V8 builds a `map` result as an array with holes (its length set first), and
 * the interpreter builds it packed: one field of one record kind (a claim's
 * quantities, a group's members) then comes in two array shapes, and code compiled on
 * a story of a hundred articles was thrown away and compiled again on a story of a
 * thousand, where the holey ones first appeared (bench/story.mjs: 41 deoptimisations
 * within one compare). Pushed one by one, the array is packed in every tier.
 */
export function packedMap<T, U>(array: readonly T[], read: (value: T, index: number) => U): U[] {
  const out: U[] = []
  for (let i = 0; i < array.length; i++) out.push(read(array[i]!, i))
  return out
}
