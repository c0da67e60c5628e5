/**
 * What the checker has done with each item: checked or dismissed, kept in this
 * browser's localStorage (nothing is uploaded), with the item's sentences, so the
 * list survives a reload and exports without the story.
 */

export type ReviewState = 'checked' | 'dismissed'

/** An item of the report a checker can mark: a conflict, a fact, a quote, an exclusive, a day's event. */
export interface ReviewItem {
  /** Stable across reloads: from the item's section and its sentences, never from ids the analysis numbers. */
  key: string
  section: string
  title: string
  sentences: Array<{outlet: string, text: string}>
  /** How sure the analysis is and why (a conflict's confidence and reason, a fact's grouping), for the export; not part of the key. */
  note?: string
}

export interface ReviewEntry extends ReviewItem {
  state: ReviewState
  /** ISO time of the mark. */
  at: string
}

const storageKey = 'corroborate:review:v1'

/** "conflict" + sentences → "conflict:1k3f9a": an FNV-1a hash of the item's content. */
export function reviewKey(section: string, parts: readonly string[]): string {
  let hash = 0x811c9dc5
  for (const char of [...parts].sort().join('\u0000')) {
    hash ^= char.codePointAt(0)!
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${section}:${hash.toString(36)}`
}

export class Review {
  readonly #entries = new Map<string, ReviewEntry>()
  readonly #storage: Storage | null
  readonly #listeners = new Set<() => void>()

  constructor(storage: Storage | null = safeStorage()) {
    this.#storage = storage
    try {
      const saved = JSON.parse(storage?.getItem(storageKey) ?? '[]') as unknown
      if (Array.isArray(saved)) for (const entry of saved as ReviewEntry[]) if (entry && typeof entry.key === 'string') this.#entries.set(entry.key, entry)
    } catch {
      // A damaged list starts empty rather than breaking the page.
    }
  }

  state(key: string): ReviewState | null {
    return this.#entries.get(key)?.state ?? null
  }

  /** Mark an item, or clear its mark with null. */
  set(item: ReviewItem, state: ReviewState | null): void {
    if (state === null) this.#entries.delete(item.key)
    else this.#entries.set(item.key, {...item, state, at: new Date().toISOString()})
    this.#storage?.setItem(storageKey, JSON.stringify([...this.#entries.values()]))
    for (const listener of this.#listeners) listener()
  }

  entries(): ReviewEntry[] {
    return [...this.#entries.values()]
  }

  onChange(listener: () => void): void {
    this.#listeners.add(listener)
  }
}

function safeStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}
