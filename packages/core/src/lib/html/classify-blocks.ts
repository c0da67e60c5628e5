import {boilerplateReason, embedSignature} from '../article/boilerplate-patterns.js'
import type {RawBlock} from './collect-blocks.js'

/** A short "Related" / "Also read" header: the list right after it is links too. */
const relatedHeader = /^(?:also read|read also|read more|more to read|must read|see also|related(?: stories| articles| coverage| news| content| links)?|recommended(?: for you| stories| reading)?|more (?:stories|news|from [^:|]{1,40}|on this(?: story)?)|you (?:may|might) also (?:like|be interested in)|don[’']t miss|trending(?: now)?|most (?:read|popular|viewed))\s*[:|»>–—-]?$/i

/**
 * Classify blocks by their text and their neighbours, on top of what the markup said:
 * - text the shared `boilerplateReason` patterns recognise (editor's notes, "Also
 *   Read: …", wire credits, "Advertisement", newsletter and cookie lines, bylines);
 * - the items of a list under a "Related" / "Read more" header;
 * - the items of a list under a "Key points" / "Highlights" header (`summary`);
 * - the page's byline repeated in the body;
 * - a heading that repeats the title (dropped: the title is metadata already);
 * - a tweet signature ("— Name (@handle) Date") left as a paragraph, which also
 *   marks the paragraph before it as the embed.
 */
export function classifyBlocks(blocks: readonly RawBlock[], title: string | null, byline: string | null): RawBlock[] {
  const out: RawBlock[] = []
  const titleKey = key(title)
  const bylineKeys = byline ? new Set([key(byline), key(`by ${byline}`)]) : new Set<string>()
  let relatedList = false
  let keyPoints = false
  for (const block of blocks) {
    if (block.kind === 'heading' && titleKey !== '' && key(block.text) === titleKey) continue
    if (block.kind !== 'list-item') {
      relatedList = false
      keyPoints = false
    }
    if (block.kind === 'boilerplate') {
      out.push(block)
      continue
    }
    if (relatedHeader.test(block.text)) {
      relatedList = true
      out.push({...block, kind: 'boilerplate', reason: 'related-link'})
      continue
    }
    if (relatedList) {
      out.push({...block, kind: 'boilerplate', reason: 'related-link'})
      continue
    }
    const signature = embedSignature.exec(block.text)
    if (signature) {
      const previous = out[out.length - 1]
      if (previous && (previous.kind === 'paragraph' || previous.kind === 'blockquote')) {
        previous.kind = 'embed'
        const author = signature.groups?.author?.trim()
        if (author) previous.author = author
        if (signature.groups?.handle) previous.handle = signature.groups.handle
      }
      out.push({...block, kind: 'boilerplate', reason: 'embed-signature'})
      continue
    }
    const reason = boilerplateReason(block.text) ?? (bylineKeys.has(key(block.text)) ? 'byline' : null)
    if (reason === 'key-points') keyPoints = true
    if (reason) out.push({...block, kind: 'boilerplate', reason})
    else out.push(keyPoints ? {...block, summary: true} : block)
  }
  return out
}

function key(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase()
}
