import {withinLimits} from '../errors.js'
import type {Article, Block, Sentence} from '../types.js'
import {tokenize} from './tokenize.js'

/**
 * Where an article keeps its sentences once split or set: an own, non-enumerable
 * symbol slot, so `Object.keys`, JSON, spreads and structured clones never see it.
 */
const slot = Symbol('corroborate.sentences')

interface Splittable {
  text: string
  blocks: Block[]
  [slot]: Sentence[] | null
}

/**
 * One accessor shared by every article, so V8 keeps articles in fast mode, all of one
 * shape, and reading `sentences` costs what reading a field does once split.
 *
 * Not a `get sentences()` in the object literal: each literal makes its own getter
 * closures, so every article gets a new accessor pair. V8 allocates accessor pairs in
 * old space and turns the object into a dictionary; a dead article's old pair then
 * keeps its getter's closure (body and sentences) alive through every young-generation
 * collection until a full one, and the split words were copied and promoted: splitting
 * ran 2x slower that way (bench/quotes.mjs "parseArticle alone", 14.5 -> 7.6 MB/s).
 */
const sentencesProperty: PropertyDescriptor = {
  get(this: Splittable): Sentence[] {
    return (this[slot] ??= withinLimits(() => tokenize(this.text, this.blocks)))
  },
  set(this: Splittable, value: Sentence[]) {
    this[slot] = value
  },
  enumerable: true,
  configurable: true
}

/**
 * Give `article` its `sentences` as the next key: split from `article.text` and
 * `article.blocks` on first read, then kept. Call it right after `blocks` is set,
 * so the key stays between `blocks` and `sourceMap`.
 */
export function defineLazySentences(article: Omit<Article, 'sentences'>): asserts article is Article {
  Object.defineProperty(article, 'sentences', sentencesProperty)
  Object.defineProperty(article, slot, {value: null, writable: true})
}
