import {parseHTML} from 'linkedom'
import type {Article} from '../../src/index.js'

/** Letters and digits only: block text collapses white space, `<br>` and `<pre>` keep it. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '')
}

/**
 * Blocks whose source map entry does not lead back to them: the path does not
 * resolve in the original page, resolves to another tag, or (with `strict`) to an
 * element whose text does not contain the block's text.
 */
export function unmappedBlocks(html: string, article: Article, strict = true): string[] {
  const {document} = parseHTML(html.includes('<html') ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`)
  const problems: string[] = []
  const map = article.sourceMap ?? []
  article.blocks.forEach((block, index) => {
    const entry = map[index]
    if (!entry) {
      problems.push(`block ${index}: no source map entry`)
      return
    }
    const element = (document as unknown as Document).querySelector(entry.path)
    if (!element) problems.push(`block ${index}: ${entry.path} finds nothing`)
    else if (element.localName !== entry.node) problems.push(`block ${index}: ${entry.path} is a ${element.localName}, not a ${entry.node}`)
    else if (strict && !squash(element.textContent ?? '').includes(squash(block.text))) problems.push(`block ${index}: ${entry.path} does not contain ${JSON.stringify(block.text.slice(0, 60))}`)
  })
  return problems
}
