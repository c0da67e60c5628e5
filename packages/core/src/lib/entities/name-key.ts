/**
 * A spelling-independent key for one name word, so that transliteration variants
 * of the same name meet: Zelensky/Zelenskyy/Zelenskiy, Yuri/Yury, Sergey/Sergei,
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

/** The key of a full name: the keys of its words, joined by spaces. */
export function fullNameKey(name: string): string {
  return name.split(/\s+/).filter(Boolean).map(nameKey).join(' ')
}
