import {diffArrays} from 'diff'
import type {CompareToken} from './compare-tokens.js'
import {sharedRuns} from './quote-similarity.js'
import type {DiffPart, QuoteChange, QuoteVerdict} from './types.js'

/** A rendering sharing fewer of its words than this with the fullest, in order, is a paraphrase. */
const paraphraseShare = 0.5
/**
 * So is one where this share of its content words (and at least two) are words the
 * fullest does not use at all: another translation chooses other words all through,
 * while a misquote drops, adds or bends a few.
 */
const paraphraseNewWords = 0.25
/** And so is one changed in two places or more at more than one place per this many of its words: another version, not a slip. */
const wordsPerChange = 6

/** A rendering's verdict against the fullest, its word diff and its changed words. */
export interface VerdictResult {
  verdict: QuoteVerdict
  parts: DiffPart[]
  changes: QuoteChange[]
}

/** One rendering: its text and its comparison tokens. */
export interface Rendering {
  text: string
  tokens: readonly CompareToken[]
}

interface Region {
  /** Token ranges (end exclusive) of the changed words in the fullest and in the variant. */
  base: [number, number]
  variant: [number, number]
  counts: boolean
}

/**
 * Word diff of a variant against the fullest rendering, in the original words of
 * each, compared after normalising case, punctuation, curly marks and contractions
 * (no stemming: "agreements" for "agreement" is a change inside the marks). The
 * variant is first placed on the stretch of the fullest it renders (by the runs of
 * words they share), so words cut at either end are a cut and nothing else. Cuts at
 * the ends, or where the variant marks them (an ellipsis, an editor's bracket),
 * make an excerpt; words added, dropped or changed inside make it altered, unless
 * fewer than half its words are the fullest's, a quarter of its content words are
 * words the fullest never uses, or it differs in several places close together:
 * then it is a paraphrase (another translation, another version, a summary). An editor's words
 * in square brackets are not the speaker's and change nothing.
 */
export function quoteVerdict(base: Rendering, variant: Rendering): VerdictResult {
  const {parts, regions, equalWords} = placedDiff(base, variant)
  const altered = joinAcrossFunctionWord(regions.filter((region) => region.counts), variant.tokens)
  const verdict: QuoteVerdict = altered.length === 0
    ? (parts.every((part) => part.op === 'equal') ? 'identical' : 'excerpt')
    : equalWords / variant.tokens.length < paraphraseShare || reworded(base, variant) ||
      (altered.length >= 2 && altered.length * wordsPerChange > variant.tokens.length) ? 'paraphrase' : 'altered'
  return {
    verdict, parts,
    changes: verdict === 'altered' ? altered.map((region) => ({from: context(base, region.base), to: context(variant, region.variant)})) : []
  }
}

/**
 * Whether the variant changes a content word inside the marks of the fullest: a
 * stretch where words were added, dropped or swapped holds a content word of one
 * side whose stem the other side never uses ("the valley" for "the province",
 * "exactly that" added). Function words, an inflection ("failure" for "failures"),
 * words merely moved and cuts at the ends or marked by an ellipsis change no content.
 */
export function changesContent(base: Rendering, variant: Rendering): boolean {
  return placedDiff(base, variant).regions.some((region) => region.counts &&
    (freshContent(base.tokens.slice(region.base[0], region.base[1]), variant.tokens) ||
      freshContent(variant.tokens.slice(region.variant[0], region.variant[1]), base.tokens)))
}

/** Whether `tokens` hold a speaker's content word whose stem `others` lack. */
function freshContent(tokens: readonly CompareToken[], others: readonly CompareToken[]): boolean {
  return tokens.some((token) => token.content && !token.editorial && !others.some((other) => other.key === token.key))
}

/**
 * Word diff of a variant against the fullest, the variant first placed on the stretch of
 * the fullest it renders (see `quoteVerdict`): the diff parts, the changed stretches
 * (`counts` when they alter the quote rather than cut it) and how many words are equal.
 */
function placedDiff(base: Rendering, variant: Rendering): {parts: DiffPart[], regions: Region[], equalWords: number} {
  const runs = sharedRuns(base.tokens, variant.tokens)
  let lo = 0
  let hi = base.tokens.length
  if (runs.length > 0) {
    const first = runs.reduce((x, y) => (y.a < x.a ? y : x))
    const last = runs.reduce((x, y) => (y.a + y.length > x.a + x.length ? y : x))
    lo = Math.max(0, first.a - first.b)
    hi = Math.min(base.tokens.length, last.a + last.length + (variant.tokens.length - last.b - last.length))
  }
  const changes = diffArrays(base.tokens.slice(lo, hi).map((token) => token.word), variant.tokens.map((token) => token.word))
  const parts: DiffPart[] = []
  const regions: Region[] = []
  const words = (side: Rendering, from: number, to: number) => side.text.slice(side.tokens[from]!.start, side.tokens[to - 1]!.end)
  if (lo > 0) parts.push({op: 'delete', text: words(base, 0, lo)})
  let i = lo
  let j = 0
  let equalWords = 0
  let open: Region | null = null
  for (const change of changes) {
    const count = change.count ?? change.value.length
    if (!change.added && !change.removed) {
      if (open) regions.push(open)
      open = null
      parts.push({op: 'equal', text: words(variant, j, j + count)})
      equalWords += count
      i += count
      j += count
      continue
    }
    open ??= {base: [i, i], variant: [j, j], counts: false}
    if (change.added) {
      parts.push({op: 'insert', text: words(variant, j, j + count)})
      if (variant.tokens.slice(j, j + count).some((token) => !token.editorial)) open.counts = true
      j += count
      open.variant[1] = j
    } else {
      parts.push({op: 'delete', text: words(base, i, i + count)})
      // Dropping words between two kept ones alters the quote, unless the variant marks the cut.
      const inner = j > 0 && j < variant.tokens.length && !variant.tokens[j]!.cut
      if (inner && base.tokens.slice(i, i + count).some((token) => !token.editorial)) open.counts = true
      i += count
      open.base[1] = i
    }
  }
  if (open) regions.push(open)
  if (hi < base.tokens.length) parts.push({op: 'delete', text: words(base, hi, base.tokens.length)})
  return {parts, regions, equalWords}
}

/** Most words a changed place has on either side to be joined with its neighbour (`joinAcrossFunctionWord`). */
const joinedWords = 2

/** Whether a changed place is a few words on either side: a slip or a rewording, not a passage placed elsewhere. */
function small(region: Region): boolean {
  return region.base[1] - region.base[0] <= joinedWords && region.variant[1] - region.variant[0] <= joinedWords
}

/**
 * Changed places of a few words with one kept function word between them, as one
 * change: a diff that keeps a lone "a" or "of" splits one rewording in two ("not
 * just a few landlords" / "not a couple of landlords": "just" dropped, "few" changed), which is no
 * second place. Longer changes keep apart (a passage from elsewhere in the speech).
 */
function joinAcrossFunctionWord(regions: readonly Region[], tokens: readonly CompareToken[]): Region[] {
  const out: Region[] = []
  for (const region of regions) {
    const last = out[out.length - 1]
    const gap = last ? region.variant[0] - last.variant[1] : -1
    if (last && gap <= 1 && region.base[0] - last.base[1] <= 1 && small(last) && small(region) &&
      tokens.slice(last.variant[1], region.variant[0]).every((token) => !token.content)) {
      out[out.length - 1] = {base: [last.base[0], region.base[1]], variant: [last.variant[0], region.variant[1]], counts: true}
    } else out.push(region)
  }
  return out
}

/** Whether the variant's own content words are too many to be a misquote of the fullest (see `paraphraseNewWords`). */
function reworded(base: Rendering, variant: Rendering): boolean {
  const known = new Set(base.tokens.map((token) => token.key))
  const content = variant.tokens.filter((token) => token.content && !token.editorial)
  const fresh = content.filter((token) => !known.has(token.key)).length
  return fresh >= 2 && fresh / content.length >= paraphraseNewWords
}

/** The changed words of one side with one kept word either side, in the original text. */
function context(side: Rendering, [from, to]: [number, number]): string {
  const start = Math.max(0, from - 1)
  const end = Math.min(side.tokens.length, to + 1)
  return side.text.slice(side.tokens[start]!.start, side.tokens[end - 1]!.end)
}
