/**
 * A sparse vector: feature ids in increasing order and their weights, in typed
 * arrays so a corpus of many thousand articles stays compact.
 */
export interface SparseVector {
  ids: Int32Array
  weights: Float32Array
}

/** A vector of unit length from (id, weight) pairs (ids need not be sorted). */
export function toUnitVector(pairs: Array<[number, number]>): SparseVector {
  pairs.sort((a, b) => a[0] - b[0])
  let norm = 0
  for (const [, weight] of pairs) norm += weight * weight
  norm = Math.sqrt(norm) || 1
  const ids = new Int32Array(pairs.length)
  const weights = new Float32Array(pairs.length)
  pairs.forEach(([id, weight], index) => {
    ids[index] = id
    weights[index] = weight / norm
  })
  return {ids, weights}
}

/** The dot product of two vectors (their cosine when both have unit length). */
export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0
  let j = 0
  let sum = 0
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!
    const y = b.ids[j]!
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!
    else if (x < y) i++
    else j++
  }
  return sum
}

/** Whether the vector holds the feature id. */
export function hasId(vector: SparseVector, id: number): boolean {
  let low = 0
  let high = vector.ids.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const value = vector.ids[middle]!
    if (value === id) return true
    if (value < id) low = middle + 1
    else high = middle - 1
  }
  return false
}
