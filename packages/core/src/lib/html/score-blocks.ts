import type {RawBlock} from './collect-blocks.js'
import {dateLineReason} from './date-line.js'
import {furnitureReason, relatedHeader} from './furniture-lines.js'
import {linkDensity} from './link-density.js'

/** A short block at least this much link text is a pointer to another page. */
const linkShare = 0.6
/** …when it has at most this many words (a headline; a sentence with a link in it is longer). */
const linkWords = 25
/** Above the story's first paragraph, a block this short with no sentence end is a label ("Opinion", "Sign in"). */
const labelWords = 6
/** A paragraph of this many words ends a sentence: the story has begun. */
const storyWords = 12

/**
 * Judge each block of the picked container on its own, so that furniture
 * Readability kept inside the story is marked with its reason rather than read as
 * story text (real text is left alone):
 *
 * - date and time stamps ("Updated 9:41 AM; Posted 8:19 PM") and stamped bylines;
 * - template lines ("Have a tip?", "Skip to content", "Filed under: …");
 * - runs of blocks that are mostly link text and headline-short: menus and related
 *   stories (see `isLinkBlock`);
 * - after a "You may also like" / "Latest news" header, the link blocks and list
 *   items that follow;
 * - above the first real paragraph, short paragraphs with no sentence end and no comma
 *   (section names, "Sign in"; not a dateline such as "RIVERTON, Ohio").
 *
 * Blocks already marked as boilerplate keep their reason; embeds and quotes are never
 * marked on link share (a post's text is often all links).
 */
export function scoreBlocks(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = []
  const linked = blocks.map(isLinkBlock)
  // Labels are looked for only above a real paragraph: a page of short lines has none.
  let started = !blocks.some((block) => block.kind === 'paragraph' && wordCount(block.text) >= storyWords)
  let related = false
  for (const [index, block] of blocks.entries()) {
    if (block.kind === 'boilerplate') {
      out.push(block)
      continue
    }
    const words = wordCount(block.text)
    const reason = furnitureReason(block.text) ?? dateLineReason(block.text)
    if (reason) {
      out.push({...block, kind: 'boilerplate', reason})
      continue
    }
    if (relatedHeader.test(block.text)) {
      related = true
      out.push({...block, kind: 'boilerplate', reason: 'related-link'})
      continue
    }
    // A lone link in capitals between paragraphs is a shouted pointer to another
    // story ("COUNCIL VOTES TO CLOSE THE RIVER BRIDGE"), not a sentence of this one.
    if ((related && (block.kind === 'list-item' || linked[index])) || (linked[index] && (linked[index - 1] || linked[index + 1] || shouted(block.text)))) {
      out.push({...block, kind: 'boilerplate', reason: 'related-link'})
      continue
    }
    related = false
    if (!started && block.kind === 'paragraph' && words <= labelWords && !sentenceEnd.test(block.text) && !block.text.includes(',')) {
      out.push({...block, kind: 'boilerplate', reason: 'chrome'})
      continue
    }
    if (block.kind === 'paragraph' && words >= storyWords) started = true
    out.push(block)
  }
  return out
}

/**
 * A block that is a pointer to another page: headline-short and mostly link text.
 * Only runs of them (two or more in a row, or after a related header) are taken as
 * furniture: a single link between paragraphs ("Get it from the maker for $20") is
 * usually part of the story, and so is a printed address ("www.example.org").
 */
function isLinkBlock(block: RawBlock): boolean {
  if (block.kind === 'boilerplate' || block.kind === 'embed' || block.kind === 'blockquote') return false
  if (wordCount(block.text) > linkWords || printedAddress.test(block.text)) return false
  return (linkDensity(block.element, block.text) ?? 0) >= linkShare
}

/** Three words or more, written in capitals throughout. */
function shouted(text: string): boolean {
  return wordCount(text) >= 3 && /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text)
}

const printedAddress = /\bhttps?:\/\/|\bwww\.|@\w/i

/** A sentence's end: a stop, question or exclamation mark, maybe inside closing quotes or brackets. */
const sentenceEnd = /[.!?…。！？]["'”’)\]」』]*$/

/** Words, counting each Chinese or Japanese character as one (those scripts put no spaces between words). */
function wordCount(text: string): number {
  return text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0
}
