/**
 * Pairs of members from different files: all pairs less those within one file (counted,
 * not enumerated). Each member adds the members of its file before it: their sum is the
 * pairs within files. Files are numbered once per story, and per-file counts sit in
 * typed arrays stamped per group, so no map is made per group.
 */
export function crossPairCounter(files: readonly string[]): (members: ReadonlyArray<{file: string}>) => number {
  const numbers = new Map<string, number>()
  for (const file of files) if (!numbers.has(file)) numbers.set(file, numbers.size)
  let counts = new Int32Array(numbers.size)
  let stamps = new Int32Array(numbers.size)
  let stamp = 0
  return (members) => {
    stamp++
    let within = 0
    for (const member of members) {
      let at = numbers.get(member.file)
      if (at === undefined) {
        numbers.set(member.file, at = numbers.size)
        if (at >= counts.length) {
          counts = Int32Array.from({length: at * 2 + 1}, (_, k) => counts[k] ?? 0)
          stamps = Int32Array.from({length: at * 2 + 1}, (_, k) => stamps[k] ?? 0)
        }
      }
      if (stamps[at] !== stamp) {
        stamps[at] = stamp
        counts[at] = 0
      }
      within += counts[at]!
      counts[at]!++
    }
    return (members.length * (members.length - 1)) / 2 - within
  }
}
