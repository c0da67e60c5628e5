/**
 * A quicker regex that must match wherever a given one does: the given one with the
 * negative lookbehinds that open it taken away. Tested first, it turns most texts away
 * before the full regex reads them. A regex that opens with a lookbehind is tried at
 * every offset with that lookbehind first; without it, the engine can skip ahead to
 * the offsets where the rest can start (some five times quicker on plain sentences).
 * Whatever the full regex matches, the gate matches too (the same text, without a
 * condition), so `gate.test(text) && regex.test(text)` is `regex.test(text)`.
 */
export function lookbehindGate(regex: RegExp): RegExp {
  // Lookbehinds without groups inside ("(?<![\p{L}])", "(?<!\ba\s)"), at the very start only.
  const source = regex.source.replace(/^(?:\(\?<!(?:[^()\\]|\\.)*\))+/, '')
  return new RegExp(source, regex.flags.replace(/[gy]/g, ''))
}
