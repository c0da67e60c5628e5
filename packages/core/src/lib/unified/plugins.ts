import type {Paragraph, Root, Sentence as NlcstSentence, SentenceContent} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {parseArticle, type Options as ParseArticleOptions} from '../article/parse-article.js'
import {findClaims, type Options as FindClaimsOptions} from '../claims/find-claims.js'
import type {Claim} from '../claims/types.js'
import {findEntities} from '../entities/find-entities.js'
import type {ArticleEntities} from '../entities/types.js'
import {findQuotes, type Options as FindQuotesOptions} from '../quotes/find-quotes.js'
import type {Quote} from '../quotes/types.js'
import type {Article} from '../types.js'

declare module 'vfile' {
  interface DataMap {
    /** The parsed article (`corroborateParse`). */
    article: Article
    /** Its people, organisations and places (`corroborateEntities`). */
    entities: ArticleEntities
    /** Its quotes with speakers (`corroborateQuotes`). */
    quotes: Quote[]
    /** Its claims (`corroborateClaims`). */
    claims: Claim[]
  }
}

const origin = 'corroborate'

/**
 * unified parser: the file's text becomes an Article (`file.data.article`) and an
 * nlcst tree of its story text (paragraph per block, sentences, words), positioned
 * in `article.text`, so retext plugins can run on it. For text input that is the
 * file's own text; for HTML and Markdown, the extracted text. Problems the parser
 * reports (an empty body, a field it could not read) become messages on the file.
 * It also sets a compiler, so `.process()` works: `file.value` becomes the article's
 * body text (what every span points into), the results stay in `file.data`. A
 * compiler used after it (retext-stringify, say) replaces that one.
 */
export const corroborateParse: Plugin<[ParseArticleOptions?], string, Root> = function (options) {
  const self = this as unknown as Processor<Root, Root, Root, Root, string>
  self.compiler = (_tree: Root, file: VFile) => articleOf(file).text
  self.parser = (document: string, file: VFile) => {
    const article = parseArticle(document, {fileName: file.path ?? null, ...options})
    file.data.article = article
    const place = location(article.text)
    for (const message of article.messages) {
      file.message(message.reason, {
        ruleId: message.ruleId, source: origin,
        ...(message.place ? {place: {start: place.toPoint(message.place.start)!, end: place.toPoint(message.place.end)!}} : {})
      })
    }
    return toNlcst(article, place)
  }
}

/** unified transformer: `file.data.entities` from the parsed article. */
export const corroborateEntities: Plugin<[], Root> = function () {
  return (_tree, file) => {
    file.data.entities = findEntities(articleOf(file))
  }
}

/**
 * unified transformer: `file.data.quotes`, with a message for each quote left
 * unclosed (`quote-unclosed`) and each direct quote no speaker could be found for
 * (`quote-no-speaker`), placed on the quote.
 */
export const corroborateQuotes: Plugin<[FindQuotesOptions?], Root> = function (options) {
  return (_tree, file) => {
    const article = articleOf(file)
    const quotes = findQuotes(article, {...(file.data.entities ? {entities: file.data.entities} : {}), ...options})
    file.data.quotes = quotes
    const place = location(article.text)
    const at = (start: number, end: number) => ({start: place.toPoint(start)!, end: place.toPoint(end)!})
    for (const quote of quotes) {
      if (quote.marks && quote.marks.close === null) {
        file.message(`Unexpected unclosed quotation mark \`${quote.marks.open}\`, expected a closing mark`, {ruleId: 'quote-unclosed', source: origin, place: at(quote.start, quote.end)})
      }
      if (!quote.speaker && quote.kind === 'direct') {
        file.message('Unexpected quote without a speaker, expected a cue such as `said X` or a previous speaker', {ruleId: 'quote-no-speaker', source: origin, place: at(quote.start, quote.end)})
      }
    }
  }
}

/** unified transformer: `file.data.claims`, using the quotes and entities found before it when present. */
export const corroborateClaims: Plugin<[FindClaimsOptions?], Root> = function (options) {
  return (_tree, file) => {
    file.data.claims = findClaims(articleOf(file), {
      ...(file.data.quotes ? {quotes: file.data.quotes} : {}), ...(file.data.entities ? {entities: file.data.entities} : {}), ...options
    })
  }
}

function articleOf(file: VFile): Article {
  if (!file.data.article) throw new TypeError('Expected `file.data.article`: use `corroborateParse` (as the parser) before this plugin')
  return file.data.article
}

/** The article's story text as nlcst: a paragraph per block, its sentences and words, positioned. */
function toNlcst(article: Article, place: ReturnType<typeof location>): Root {
  const position = (start: number, end: number) => ({start: place.toPoint(start)!, end: place.toPoint(end)!})
  const paragraphs = new Map<number, Paragraph>()
  const children: Paragraph[] = []
  for (const sentence of article.sentences) {
    let paragraph = paragraphs.get(sentence.block)
    if (!paragraph) {
      const block = article.blocks[sentence.block]!
      paragraph = {type: 'ParagraphNode', children: [], position: position(block.start, block.end)}
      paragraphs.set(sentence.block, paragraph)
      children.push(paragraph)
    }
    // Words, and the spaces and punctuation between them, so that the tree's text is the sentence's.
    const content: SentenceContent[] = []
    const gap = (from: number, to: number) => {
      for (const match of article.text.slice(from, to).matchAll(/\s+|[^\s]/gu)) {
        const start = from + match.index
        const end = start + match[0].length
        content.push(/\s/.test(match[0]) ? {type: 'WhiteSpaceNode', value: match[0], position: position(start, end)} : {type: 'PunctuationNode', value: match[0], position: position(start, end)})
      }
    }
    let last = sentence.start
    for (const word of sentence.words) {
      gap(last, word.start)
      content.push({type: 'WordNode', position: position(word.start, word.end), children: [{type: 'TextNode', value: word.text, position: position(word.start, word.end)}]})
      last = word.end
    }
    gap(last, sentence.end)
    const node: NlcstSentence = {type: 'SentenceNode', children: content, position: position(sentence.start, sentence.end)}
    paragraph.children.push(node)
  }
  return {type: 'RootNode', children, position: position(0, article.text.length)}
}
