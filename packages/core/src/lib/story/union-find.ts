/** Disjoint sets of string keys, for joining names that are one. */
export class UnionFind {
  private readonly parent = new Map<string, string>()

  /** Add a key as a set of its own, if it is new. */
  add(key: string): void {
    if (!this.parent.has(key)) this.parent.set(key, key)
  }

  has(key: string): boolean {
    return this.parent.has(key)
  }

  /** The representative key of the set holding `key` (added if new). */
  find(key: string): string {
    this.add(key)
    let root = key
    while (this.parent.get(root) !== root) root = this.parent.get(root)!
    // Path compression: later finds are short.
    let node = key
    while (node !== root) {
      const next = this.parent.get(node)!
      this.parent.set(node, root)
      node = next
    }
    return root
  }

  union(a: string, b: string): void {
    const x = this.find(a)
    const y = this.find(b)
    if (x !== y) this.parent.set(x, y)
  }

  /** The values of `items` grouped by the set their key falls in, groups in first-seen order. */
  groups<T>(items: Iterable<readonly [string, T]>): T[][] {
    const byRoot = new Map<string, T[]>()
    for (const [key, item] of items) {
      const root = this.find(key)
      const group = byRoot.get(root)
      if (group) group.push(item)
      else byRoot.set(root, [item])
    }
    return [...byRoot.values()]
  }
}
