/**
 * Word tables built on first use. A table built at the top of its module (a verb
 * table inflected from its lemmas, a gazetteer split from its entries) costs every
 * program that imports the library, even one that only reads articles; these
 * wrappers build it the first time it is read, so `import('@corroborate/core')`
 * stays cheap and every caller keeps its synchronous `ReadonlyMap`/`ReadonlySet`.
 */

/** A `ReadonlyMap` whose entries `build` makes the first time it is read. */
export function lazyMap<K, V>(build: () => ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  return new LazyMap(build)
}

/** A `ReadonlySet` whose members `build` makes the first time it is read. */
export function lazySet<T>(build: () => ReadonlySet<T>): ReadonlySet<T> {
  return new LazySet(build)
}

class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #table: ReadonlyMap<K, V> | undefined
  readonly #build: () => ReadonlyMap<K, V>
  constructor(build: () => ReadonlyMap<K, V>) {
    this.#build = build
  }

  #get(): ReadonlyMap<K, V> {
    return (this.#table ??= this.#build())
  }

  get size(): number {
    return this.#get().size
  }

  get(key: K): V | undefined {
    return this.#get().get(key)
  }

  has(key: K): boolean {
    return this.#get().has(key)
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#get().forEach((value, key) => callback.call(thisArg, value, key, this))
  }

  entries(): MapIterator<[K, V]> {
    return this.#get().entries()
  }

  keys(): MapIterator<K> {
    return this.#get().keys()
  }

  values(): MapIterator<V> {
    return this.#get().values()
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#get()[Symbol.iterator]()
  }
}

class LazySet<T> implements ReadonlySet<T> {
  #table: ReadonlySet<T> | undefined
  readonly #build: () => ReadonlySet<T>
  constructor(build: () => ReadonlySet<T>) {
    this.#build = build
  }

  #get(): ReadonlySet<T> {
    return (this.#table ??= this.#build())
  }

  get size(): number {
    return this.#get().size
  }

  has(value: T): boolean {
    return this.#get().has(value)
  }

  forEach(callback: (value: T, same: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    this.#get().forEach((value) => callback.call(thisArg, value, value, this))
  }

  entries(): SetIterator<[T, T]> {
    return this.#get().entries()
  }

  keys(): SetIterator<T> {
    return this.#get().keys()
  }

  values(): SetIterator<T> {
    return this.#get().values()
  }

  [Symbol.iterator](): SetIterator<T> {
    return this.#get()[Symbol.iterator]()
  }
}
