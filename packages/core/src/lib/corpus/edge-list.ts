/** A growable list of weighted pairs in typed arrays: millions of candidate pairs without an object each. */
export class EdgeList {
  private from = new Int32Array(1024)
  private to = new Int32Array(1024)
  private weight = new Float32Array(1024)
  length = 0

  push(i: number, j: number, similarity: number): void {
    if (this.length === this.from.length) {
      this.from = grow(this.from, new Int32Array(this.length * 2))
      this.to = grow(this.to, new Int32Array(this.length * 2))
      this.weight = grow(this.weight, new Float32Array(this.length * 2))
    }
    this.from[this.length] = i
    this.to[this.length] = j
    this.weight[this.length] = similarity
    this.length++
  }

  /** Visit every pair without making an array for each (a pass over millions stays cheap). */
  forEach(visit: (i: number, j: number, similarity: number) => void): void {
    for (let k = 0; k < this.length; k++) visit(this.from[k]!, this.to[k]!, this.weight[k]!)
  }

  * [Symbol.iterator](): Generator<[number, number, number]> {
    for (let k = 0; k < this.length; k++) yield [this.from[k]!, this.to[k]!, this.weight[k]!]
  }
}

function grow<T extends Int32Array | Float32Array>(old: T, next: T): T {
  next.set(old)
  return next
}
