import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {normalizePath, type Plugin} from 'vite'

/**
 * The analysis worker's bundle without the parsers a story of plain text never uses.
 *
 * Every line of the worker's bundle is fetched and compiled before the first article
 * is read, so what it carries is on the path from opening the page to the analysed
 * story. Two of core's article readers need not be in it:
 * - HTML: pages are read on the page's thread (html-inputs.ts), where the DOM is; the
 *   worker only ever gets their `Article`. Core's HTML extraction (Readability and
 *   its scoring) becomes a stub that throws.
 * - Markdown: the CommonMark, GFM and YAML parsers become a chunk of their own, which
 *   the worker loads (`loadMarkdownParser` from `virtual:corroborate-parsers`) before
 *   it reads the first Markdown article.
 * This is how core's own Node build loads these parsers on first use (core's
 * tsup.config.ts); a browser cannot load a module synchronously, hence the explicit load.
 */
const coreLib = normalizePath(path.resolve(import.meta.dirname, '..', 'core', 'src', 'lib'))
const htmlExtraction = `${coreLib}/html/extract-html.ts`
const markdownParser = `${coreLib}/article/parse-markdown.ts`
/** The real Markdown parser, under a name of its own so that the stub can import it. */
const markdownChunk = `${coreLib}/article/parse-markdown.lazy.ts`
const parsersModule = 'virtual:corroborate-parsers'

const htmlStub = `export function extractHtml() {
  throw new Error('Expected HTML to be read on the page\\'s thread: the analysis worker carries no HTML reader')
}`

const markdownStub = `let parser = null
export async function loadMarkdownParser() {
  parser ??= await import(${JSON.stringify(markdownChunk)})
}
export function parseMarkdownBlocks(input) {
  if (!parser) throw new Error('Expected the Markdown parser to be loaded first (loadMarkdownParser)')
  return parser.parseMarkdownBlocks(input)
}`

/** For the worker's build (`worker.plugins`): the stubs, and the Markdown chunk. */
export function workerParsers(): Plugin {
  return {
    name: 'corroborate-worker-parsers',
    enforce: 'pre',
    buildStart() {
      // A moved file would silently put its parser back in the bundle (or break the Markdown chunk).
      for (const file of [htmlExtraction, markdownParser]) {
        if (!existsSync(file)) this.error(`Expected core's ${path.basename(file)} at ${file}: update packages/web/worker-parsers.ts`)
      }
    },
    resolveId(source) {
      // The worker's handle on the stub: the same module as core's import of the parser.
      if (source === parsersModule) return markdownParser
      if (normalizePath(source) === markdownChunk) return markdownChunk
      return null
    },
    async load(id) {
      if (id === htmlExtraction) return htmlStub
      if (id === markdownParser) return markdownStub
      if (id === markdownChunk) return readFile(markdownParser, 'utf8')
      return null
    }
  }
}

/**
 * For the page's graph, where the dev server also serves the worker: every parser is
 * there already, so loading the Markdown parser does nothing.
 */
export function bundledParsers(): Plugin {
  const resolved = `\0${parsersModule}`
  return {
    name: 'corroborate-bundled-parsers',
    resolveId: (source) => (source === parsersModule ? resolved : null),
    load: (id) => (id === resolved ? 'export async function loadMarkdownParser() {}' : null)
  }
}
