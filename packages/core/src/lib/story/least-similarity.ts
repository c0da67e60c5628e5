export /**
 * The least similarity of any two members (by vector): each pair of different
 * vectors once, and a vector with itself when two members share it.
 */
function leastSimilarity(vectors: readonly number[], similar: (v: number, w: number) => number): number {
  const counts = new Map<number, number>()
  for (const v of vectors) counts.set(v, (counts.get(v) ?? 0) + 1)
  const distinct = [...counts.keys()]
  let least = 1
  for (let a = 0; a < distinct.length; a++) {
    if (counts.get(distinct[a]!)! > 1) least = Math.min(least, similar(distinct[a]!, distinct[a]!))
    for (let b = a + 1; b < distinct.length; b++) least = Math.min(least, similar(distinct[a]!, distinct[b]!))
  }
  return least
}
