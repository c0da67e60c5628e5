export /**
 * Member sets already grouped, found by a hash of the sorted members and compared in
 * full only on a hash match: a set of a thousand members is not made into a key string.
 */
function memberSets(): {add: (members: readonly number[]) => boolean} {
  const byHash = new Map<number, Int32Array[]>()
  return {
    /** Add the set of `members`; false when it was there already. */
    add(members) {
      const sorted = Int32Array.from(members).sort()
      let hash = sorted.length
      for (let i = 0; i < sorted.length; i++) hash = Math.imul(hash ^ sorted[i]!, 0x01000193)
      const held = byHash.get(hash)
      if (held?.some((other) => other.length === sorted.length && other.every((value, i) => value === sorted[i]))) return false
      if (held) held.push(sorted)
      else byHash.set(hash, [sorted])
      return true
    }
  }
}
