/** Distinct texts a reading keeps before it starts over (bounds the memory a long-lived process holds). */
const keptTexts = 20000

/**
 * `read` answered once per distinct sentence text, the answer kept across calls: a
 * story of a thousand articles carries each sentence many times over (wire copy,
 * rewrites), and a finder that tests every claim against a regex read each copy
 * again (14,453 claims of 412 texts on the generated story of bench/story.mjs).
 * `read` must depend on the text alone (a regex without the g or y flag, say).
 */
export function onceByText<T>(read: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined && !known.has(text)) {
      if (known.size >= keptTexts) known.clear()
      known.set(text, value = read(text))
    }
    return value as T
  }
}

/** `pattern.test(text)` once per distinct text (`onceByText`); `pattern` must have neither the g nor the y flag. */
export function testByText(pattern: RegExp): (text: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`testByText: ${pattern} keeps state between tests`)
  return onceByText((text) => pattern.test(text))
}

/**
 * A function that gives one string object for each distinct text it is given (the
 * first it saw). The finders key their per-text readings by a claim's text: a key
 * that is the very string stored is matched without comparing its characters, and
 * copies of one sentence across outlets are otherwise distinct strings. With `kept`,
 * it starts over after that many texts (one kept across calls holds no more).
 */
export function oneStringPerText(kept = Infinity): (text: string) => string {
  const seen = new Map<string, string>()
  return (text) => {
    const found = seen.get(text)
    if (found !== undefined) return found
    if (seen.size >= kept) seen.clear()
    seen.set(text, text)
    return text
  }
}
