export /** Each item's value numbered in order of first appearance (equal values, one number), and how many numbers. */
function numbered<T, K>(items: readonly T[], valueOf: (item: T) => K): {ids: Int32Array, count: number} {
  const numbers = new Map<K, number>()
  // A plain loop: `Int32Array.from` with a mapping function walks an iterator.
  const ids = new Int32Array(items.length)
  for (let i = 0; i < items.length; i++) {
    const value = valueOf(items[i]!)
    let id = numbers.get(value)
    if (id === undefined) numbers.set(value, id = numbers.size)
    ids[i] = id
  }
  return {ids, count: numbers.size}
}
