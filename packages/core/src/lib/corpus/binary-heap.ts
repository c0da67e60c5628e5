/** A max-heap of items by a numeric priority: the next merge in average linkage. */
export class MaxHeap<T> {
  private readonly priorities: number[] = []
  private readonly items: T[] = []

  get size(): number {
    return this.items.length
  }

  push(priority: number, item: T): void {
    this.priorities.push(priority)
    this.items.push(item)
    let i = this.items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.priorities[parent]! >= priority) break
      this.swap(i, parent)
      i = parent
    }
  }

  /** The highest priority, or -Infinity when empty. */
  peek(): number {
    return this.priorities[0] ?? -Infinity
  }

  pop(): T | undefined {
    if (this.items.length === 0) return undefined
    const top = this.items[0]
    const lastPriority = this.priorities.pop()!
    const lastItem = this.items.pop()!
    if (this.items.length > 0) {
      this.priorities[0] = lastPriority
      this.items[0] = lastItem
      let i = 0
      for (;;) {
        const left = 2 * i + 1
        let best = i
        if (left < this.items.length && this.priorities[left]! > this.priorities[best]!) best = left
        if (left + 1 < this.items.length && this.priorities[left + 1]! > this.priorities[best]!) best = left + 1
        if (best === i) break
        this.swap(i, best)
        i = best
      }
    }
    return top
  }

  private swap(i: number, j: number): void {
    const p = this.priorities[i]!
    this.priorities[i] = this.priorities[j]!
    this.priorities[j] = p
    const item = this.items[i]!
    this.items[i] = this.items[j]!
    this.items[j] = item
  }
}
