/**
 * A max-heap of candidate merges for average linkage: two groups, the version of
 * each when the entry was made, and their average similarity as priority. Held in
 * typed arrays, not an object per entry: a corpus of 100,000 articles makes
 * millions of entries, and an array each kept the garbage collector busy.
 */
export class MergeHeap {
  private priorities = new Float64Array(1024)
  private groups = new Int32Array(4 * 1024)
  size = 0

  push(priority: number, x: number, y: number, versionX: number, versionY: number): void {
    if (this.size === this.priorities.length) this.grow()
    let i = this.size++
    // Sift up: move parents down until the slot for the new entry is found.
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (this.priorities[parent]! >= priority) break
      this.move(parent, i)
      i = parent
    }
    this.set(i, priority, x, y, versionX, versionY)
  }

  /** The highest priority, or -Infinity when empty. */
  peek(): number {
    return this.size > 0 ? this.priorities[0]! : -Infinity
  }

  /** Remove the top entry and write its groups and versions into `out` (x, y, versionX, versionY). */
  pop(out: Int32Array): void {
    const groups = this.groups
    out[0] = groups[0]!
    out[1] = groups[1]!
    out[2] = groups[2]!
    out[3] = groups[3]!
    const last = --this.size
    if (last === 0) return
    const priority = this.priorities[last]!
    const x = groups[4 * last]!
    const y = groups[4 * last + 1]!
    const versionX = groups[4 * last + 2]!
    const versionY = groups[4 * last + 3]!
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= last) break
      const child = left + 1 < last && this.priorities[left + 1]! > this.priorities[left]! ? left + 1 : left
      if (this.priorities[child]! <= priority) break
      this.move(child, i)
      i = child
    }
    this.set(i, priority, x, y, versionX, versionY)
  }

  private set(i: number, priority: number, x: number, y: number, versionX: number, versionY: number): void {
    this.priorities[i] = priority
    this.groups[4 * i] = x
    this.groups[4 * i + 1] = y
    this.groups[4 * i + 2] = versionX
    this.groups[4 * i + 3] = versionY
  }

  private move(from: number, to: number): void {
    this.priorities[to] = this.priorities[from]!
    this.groups.copyWithin(4 * to, 4 * from, 4 * from + 4)
  }

  private grow(): void {
    const priorities = new Float64Array(this.priorities.length * 2)
    priorities.set(this.priorities)
    const groups = new Int32Array(this.groups.length * 2)
    groups.set(this.groups)
    this.priorities = priorities
    this.groups = groups
  }
}
