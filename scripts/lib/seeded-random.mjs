// mulberry32: a small seeded generator of numbers in [0, 1), so a sample or a set
// drawn by an eval or a bench is the same on every run with the same seed.
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), state | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32
  }
}

/** `size` of `items` drawn at random with `random` (one draw per item, in order), in the order drawn. */
export function seededSample(items, size, random) {
  return items.map((item) => [random(), item]).sort((a, b) => a[0] - b[0]).slice(0, size).map(([, item]) => item)
}
