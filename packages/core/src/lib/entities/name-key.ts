/**
 * A spelling-independent key for one name word, so that transliteration variants
 * of the same name meet: Horvasky/Horvaskyy/Zelenskiy, Ilya/Yury, Arkady/Arkadi,
 * Dmitry/Dmitri, Kyiv/Kiev, Kharkiv/Kharkov, Aleksandr/Alexander, Wolodymyr/Volodymyr.
 *
 * The rules are general romanisation variants of Slavic (and some Arabic) names,
 * applied in order: fold case and accents; ks → x; ph → f; w → v; kh → h;
 * j, y → i; ck → k; e before a final r drops (Alexander → alexandr); vowels
 * before a final v drop (-iv/-ov/-ev: Kharkiv/Kharkov, Kyiv/Kiev); vowel runs
 * and doubled letters collapse.
 *
 * Known limits: it can join names that differ only in vowels (Ivanov/Ivaniv —
 * arguably the same name) and misses variants that change consonants beyond the
 * rules (Tchaikovsky/Chaykovskiy).
 */
export function nameKey(word: string): string {
  const cached = cache.get(word)
  if (cached !== undefined) return cached
  const key = computeKey(word)
  // Names repeat within and across articles: remember a bounded number of keys.
  if (cache.size > 50_000) cache.clear()
  cache.set(word, key)
  return key
}

const cache = new Map<string, string>()

function computeKey(word: string): string {
  return isAscii(word) ? asciiKey(word) : unicodeKey(word)
}

function unicodeKey(word: string): string {
  let key = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`.\-\s]/g, '')
  key = key
    .replace(/ks/g, 'x')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/kh/g, 'h')
    .replace(/[jy]/g, 'i')
    .replace(/ck/g, 'k')
    .replace(/er$/, 'r')
    .replace(/[aeiou]+v$/, 'v')
    .replace(/[aeiou]{2,}/g, (run) => run[0] === 'i' ? 'i' : run[0]!)
    .replace(/(.)\1+/g, '$1')
  return key
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 127) return false
  return true
}

/** Char codes of the key being built (reused: keys are built one at a time). */
const codes: number[] = []

/**
 * `unicodeKey` for ASCII words (nothing to decompose), the same steps in the same
 * order on an array of char codes instead of ten regular-expression passes.
 */
function asciiKey(word: string): string {
  const b = codes
  let n = 0
  // Fold case; drop ' ` . - and white space.
  for (let i = 0; i < word.length; i++) {
    let c = word.charCodeAt(i)
    if (c >= 65 && c <= 90) c += 32
    if (c === 39 || c === 96 || c === 46 || c === 45 || c === 32 || (c >= 9 && c <= 13)) continue
    b[n++] = c
  }
  n = pairs(b, n, 107, 115, 120) // ks → x
  n = pairs(b, n, 112, 104, 102) // ph → f
  for (let i = 0; i < n; i++) if (b[i] === 119) b[i] = 118 // w → v
  n = pairs(b, n, 107, 104, 104) // kh → h
  for (let i = 0; i < n; i++) if (b[i] === 106 || b[i] === 121) b[i] = 105 // j, y → i
  n = pairs(b, n, 99, 107, 107) // ck → k
  if (n >= 2 && b[n - 2] === 101 && b[n - 1] === 114) { b[n - 2] = 114; n-- } // final er → r
  if (n >= 2 && b[n - 1] === 118 && isVowel(b[n - 2]!)) { // final vowels + v → v
    let k = n - 2
    while (k > 0 && isVowel(b[k - 1]!)) k--
    b[k] = 118
    n = k + 1
  }
  // A vowel run keeps its first vowel; then any run of one character keeps one.
  let w = 0
  for (let r = 0; r < n; r++) {
    if (r > 0 && isVowel(b[r]!) && isVowel(b[r - 1]!)) continue
    b[w++] = b[r]!
  }
  n = w
  let key = ''
  for (let r = 0; r < n; r++) if (r === 0 || b[r] !== b[r - 1]) key += String.fromCharCode(b[r]!)
  return key
}

/** Replace each pair `a b` by `to`, left to right without overlaps, as `/ab/g` does. */
function pairs(b: number[], n: number, a: number, c: number, to: number): number {
  let w = 0
  for (let r = 0; r < n; r++) {
    if (b[r] === a && r + 1 < n && b[r + 1] === c) { b[w++] = to; r++ } else b[w++] = b[r]!
  }
  return w
}

function isVowel(c: number): boolean {
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117
}

/**
 * The key of a full name: the keys of its words, joined by spaces
 * (`name.split(/\s+/).filter(Boolean).map(nameKey).join(' ')`, built in one loop:
 * the arrays `filter` and `map` return differ in shape between the engine's tiers, and
 * code compiled on one was thrown away on the other, mid-story).
 */
export function fullNameKey(name: string): string {
  const words = name.split(/\s+/)
  let key = ''
  let first = true
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '') continue
    key = first ? nameKey(words[i]!) : `${key} ${nameKey(words[i]!)}`
    first = false
  }
  return key
}
