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
  const out = newList<U>()
  for (let i = 0; i < array.length; i++) out.push(read(array[i]!, i))
  return out
}

/*
 * Empty arrays made by copying, not by an array literal. V8 tracks each literal
 * (`[]`, `{}`) as an allocation site: once a collection finds most of a site's recent
 * objects alive (as for arrays kept in a per-line cache, or one literal shared by
 * every caller of `packedMap`), it allocates that site's objects in old space from then
 * on, and throws away all compiled code that allocates there (on the bench's
 * 1,000-article story: `readLine`, `lettersWords`, `lineForms`, `findOrgForms`, …,
 * compiled again mid-run). A copy (`slice`) is not tracked; its kind is the kind of the
 * array copied, so every list made here has one shape from the start.
 */
const anyKind: unknown[] = [undefined]
anyKind.length = 0
const smallIntegerKind: number[] = []

/** A new empty array for values of any kind (strings, objects), untracked (see above). */
export function newList<T>(): T[] {
  return anyKind.slice() as T[]
}

/** A new empty array for small integers (offsets, counts), untracked (see above). */
export function newOffsets(): number[] {
  return smallIntegerKind.slice()
}
