import type {Mention} from './event-mentions.js'

/** Two mentions of one kind may be one event: what they are aimed at does not differ. */
export function compatible(a: Mention, b: Mention): boolean {
  if (a.target.size === 0 || b.target.size === 0) return true
  for (const word of a.target) if (b.target.has(word)) return true
  return false
}

/**
 * One cluster per event: specific mentions (two content words or a target) meet
 * through any pair of words they share (a bucket per kind and word pair, so the
 * work grows with the mentions, not their square); then a bare "the attack" joins
 * the biggest cluster of its kind in its own article.
 */
export function clusterMentions(mentions: readonly Mention[]): Mention[][] {
  const parent = mentions.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const union = (a: number, b: number) => {
    parent[find(a)] = find(b)
  }
  const specific = (m: Mention) => m.args.size >= 2 || m.target.size > 0
  const buckets = new Map<string, number[]>()
  mentions.forEach((mention, index) => {
    if (!specific(mention)) return
    const words = [...mention.args].sort().slice(0, 12)
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b < words.length; b++) {
        const key = `${mention.kind}\u0000${words[a]}\u0000${words[b]}`
        const list = buckets.get(key)
        if (!list) {
          buckets.set(key, [index])
          continue
        }
        const match = list.find((other) => compatible(mentions[other]!, mention))
        if (match === undefined) list.push(index)
        else union(index, match)
      }
    }
  })
  const groups = new Map<number, number[]>()
  mentions.forEach((_, index) => {
    const root = find(index)
    if (!groups.has(root)) groups.set(root, [])
    groups.get(root)!.push(index)
  })
  // Bare references join their article's main event of the kind.
  const main = new Map<string, {root: number, size: number}>()
  for (const [root, members] of groups) {
    if (members.length < 2 && !specific(mentions[members[0]!]!)) continue
    for (const file of new Set(members.map((i) => mentions[i]!.claim.file))) {
      const key = `${file}\u0000${mentions[root]!.kind}`
      const size = members.filter((i) => mentions[i]!.claim.file === file).length + members.length / 1000
      if (!main.has(key) || main.get(key)!.size < size) main.set(key, {root, size})
    }
  }
  mentions.forEach((mention, index) => {
    if (specific(mention) || !mention.definite) return
    const home = main.get(`${mention.claim.file}\u0000${mention.kind}`)
    if (home && find(home.root) !== find(index)) union(index, home.root)
  })
  const clusters = new Map<number, Mention[]>()
  mentions.forEach((mention, index) => {
    const root = find(index)
    if (!clusters.has(root)) clusters.set(root, [])
    clusters.get(root)!.push(mention)
  })
  return [...clusters.values()]
}
