import type {Article} from '../types.js'
import type {StoryMember, SyndicationEntry} from './types.js'

/** Agencies recognised in wire credits and datelines. */
const agencies: ReadonlyArray<readonly [RegExp, string]> = [
  [/\breuters\b/i, 'Reuters'], [/\bAP\b/, 'AP'], [/\bassociated press\b/i, 'AP'],
  [/\b(?:afp|agence france-presse)\b/i, 'AFP'], [/\bani\b/i, 'ANI'], [/\bpti\b/i, 'PTI'], [/\bians\b/i, 'IANS'],
  [/\bupi\b/i, 'UPI'], [/\bdpa\b/i, 'dpa'], [/\bbloomberg\b/i, 'Bloomberg'], [/\btass\b/i, 'TASS'], [/\bxinhua\b/i, 'Xinhua'],
  [/\binterfax\b/i, 'Interfax'], [/\bagencies\b/i, 'agencies']
]

const hashes = 64
const bands = 16
const rows = hashes / bands
/** Jaccard similarity of 5-word shingles from which two articles count as one text. */
const nearDuplicate = 0.5

/**
 * Articles that are not independent: ones crediting the same wire service
 * ("Based On ANI Report", "(Reuters)", "DALLAS (AP) —"), and near-duplicate texts,
 * found by MinHash over 5-word shingles with LSH banding, so a story of thousands of
 * articles is compared without every pair.
 */
export function findSyndication(items: ReadonlyArray<{file: string, article: Article}>): SyndicationEntry[] {
  const entries: SyndicationEntry[] = []
  const byAgency = new Map<string, StoryMember[]>()
  for (const {file, article} of items) {
    for (const block of article.blocks) {
      if (block.kind !== 'boilerplate' || (block.reason !== 'wire-credit' && block.reason !== 'dateline')) continue
      for (const [pattern, agency] of agencies) {
        if (!pattern.test(block.text)) continue
        if (!byAgency.has(agency)) byAgency.set(agency, [])
        byAgency.get(agency)!.push({file, article: article.id, start: block.start, end: block.end, text: block.text})
        break
      }
    }
  }
  for (const credits of byAgency.values()) {
    entries.push({files: [...new Set(credits.map((credit) => credit.file))], reason: 'wire-credit', similarity: null, credits})
  }

  const signatures = items.map(({article}) => signature(wordBuffer, storyWords(article)))
  const buckets = new Map<string, number[]>()
  const candidates = new Set<string>()
  signatures.forEach((sig, index) => {
    if (!sig) return
    for (let band = 0; band < bands; band++) {
      const key = `${band}:${sig.slice(band * rows, band * rows + rows).join(',')}`
      const bucket = buckets.get(key)
      if (bucket) for (const other of bucket) candidates.add(`${other}:${index}`)
      else buckets.set(key, [])
      buckets.get(key)!.push(index)
    }
  })
  for (const pair of candidates) {
    const [a, b] = pair.split(':').map(Number) as [number, number]
    const x = signatures[a]!
    const y = signatures[b]!
    let same = 0
    for (let i = 0; i < hashes; i++) if (x[i] === y[i]) same++
    const similarity = same / hashes
    if (similarity >= nearDuplicate) entries.push({files: [items[a]!.file, items[b]!.file], reason: 'near-duplicate', similarity, credits: []})
  }
  return entries
}

/**
 * The article's words for shingling: a word of ASCII letters as written (the hash
 * reads its capitals as small letters), any other in small letters (`toLowerCase`,
 * which may change its length). Either way the hash is that of the word in small
 * letters, and no small-letter copy is made of most words. Written into `wordBuffer`;
 * returns how many.
 */
function storyWords(article: Article): number {
  const words = wordBuffer
  let count = 0
  for (const sentence of article.sentences) {
    for (const word of sentence.words) {
      const text = word.text
      let ascii = true
      for (let i = 0; i < text.length && ascii; i++) ascii = text.charCodeAt(i) < 128
      words[count++] = ascii ? text : text.toLowerCase()
    }
  }
  return count
}

/** The words of the article being signed, its first `count` (`storyWords`): reused from article to article. */
const wordBuffer: string[] = []

/** The seed of each MinHash function, made once. */
const seeds = Int32Array.from({length: hashes}, (_, k) => Math.imul(k + 1, 0x9e3779b1))

/** MinHash signature of the 5-word shingles of the first `length` words, or null for texts under 5 words. */
function signature(words: readonly string[], length: number): Uint32Array | null {
  if (length < 5) return null
  // A shingle an article repeats lowers no minimum a second time (it could not: the
  // same hash gives the same values): each distinct shingle's hash is kept once.
  const seen = shingleTable(length)
  if (distinct.length < length) distinct = new Uint32Array(length * 2)
  // The buffer in a local: the loops below read it some millions of times.
  const hashed = distinct
  let count = 0
  for (let i = 0; i + 5 <= length; i++) {
    const base = shingleHash(words, i)
    if (seen.add(base)) hashed[count++] = base
  }
  // One hash function at a time over every shingle, its minimum held in a local: the
  // values are compared as signed numbers with the top bit flipped (the same order as
  // unsigned), which the engine keeps in 32-bit registers. Each minimum is the one
  // `mix(base ^ seed)` gives over the shingles.
  const sig = new Uint32Array(hashes)
  for (let k = 0; k < hashes; k++) {
    const seed = seeds[k]!
    let least = 0x7fffffff
    for (let i = 0; i < count; i++) {
      let h = hashed[i]! ^ seed
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
      h = (h ^ (h >>> 16)) ^ 0x80000000
      if (h < least) least = h
    }
    sig[k] = (least ^ 0x80000000) >>> 0
  }
  return sig
}

/** The distinct shingle hashes of the article being signed (reused from article to article). */
let distinct = new Uint32Array(0)

/**
 * A set of 32-bit hashes for one article, open addressing in typed arrays reused from
 * article to article (stamped, so never cleared): a Set of numbers per article grew
 * its table again and again, a seventh of the memory the comparison allocated.
 */
let slots = new Uint32Array(0)
let stamps = new Int32Array(0)
let stamp = 0
function shingleTable(words: number): {add: (hash: number) => boolean} {
  let size = 1024
  while (size < words * 2) size *= 2
  if (slots.length < size) {
    slots = new Uint32Array(size)
    stamps = new Int32Array(size)
    stamp = 0
  }
  if (stamp === 0x7fffffff) {
    stamps.fill(0)
    stamp = 0
  }
  const mine = ++stamp
  const mask = size - 1
  return {
    /** Add `hash`; false when it was there already. */
    add(hash) {
      for (let at = mix(hash) & mask; ; at = (at + 1) & mask) {
        if (stamps[at] !== mine) {
          stamps[at] = mine
          slots[at] = hash
          return true
        }
        if (slots[at] === hash) return false
      }
    }
  }
}

/** murmur3's 32-bit finaliser: one well-mixed hash function per seed. */
function mix(value: number): number {
  let h = value >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** FNV-1a of the five words from `from` in small letters joined by spaces, without making the joined string. */
function shingleHash(words: readonly string[], from: number): number {
  let h = 0x811c9dc5
  for (let w = from; w < from + 5; w++) {
    if (w > from) h = Math.imul(h ^ 32, 0x01000193) >>> 0
    const word = words[w]!
    for (let i = 0; i < word.length; i++) {
      // A capital ASCII letter as its small letter (`storyWords` leaves those as written).
      const c = word.charCodeAt(i)
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193) >>> 0
    }
  }
  return h
}
