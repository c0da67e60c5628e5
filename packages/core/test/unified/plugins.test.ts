import {toString} from 'nlcst-to-string'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, test} from 'vitest'
import {corroborateClaims, corroborateEntities, corroborateParse, corroborateQuotes, findQuotes, parseArticle} from '../../src/index.js'

const text = 'Leaders meet in Geneva\n\n"We will talk again soon," Foreign Minister Anna Berg said on Monday.\n\n"This is not over, a crowd chanted outside.\n\nThe talks lasted 3 hours.'

describe('unified plugins', () => {
  const processor = unified().use(corroborateParse, {format: 'text'}).use(corroborateEntities).use(corroborateQuotes).use(corroborateClaims)

  test('the parser gives an nlcst tree whose text is each sentence, positioned by line and column', () => {
    const file = new VFile({value: text, path: 'a.txt'})
    const tree = processor.parse(file)
    const article = file.data.article!
    const sentences = tree.children.flatMap((node) => (node.type === 'ParagraphNode' ? node.children : []))
    expect(sentences.map((sentence) => toString(sentence))).toEqual(article.sentences.map((sentence) => sentence.text))
    const quoted = article.sentences.findIndex((sentence) => sentence.text.includes('talk again'))
    expect(sentences[quoted]!.position?.start).toEqual({line: 3, column: 1, offset: article.sentences[quoted]!.start})
  })

  test('transformers put entities, quotes and claims on file.data, the same as the functions', async () => {
    const file = new VFile({value: text})
    await processor.run(processor.parse(file), file)
    expect(file.data.quotes).toEqual(findQuotes(parseArticle(text, {format: 'text'}), {entities: file.data.entities}))
    expect(file.data.entities!.entities.some((entity) => entity.name === 'Anna Berg')).toBe(true)
    expect(file.data.claims!.some((claim) => claim.quantities.some((q) => q.value === 3))).toBe(true)
  })

  test('.process() works: file.value is the body text, the results are on file.data', async () => {
    const file = await processor.process(new VFile({value: text, path: 'a.txt'}))
    expect(String(file.value)).toBe(parseArticle(text, {format: 'text', fileName: 'a.txt'}).text)
    expect(file.data.quotes!.some((quote) => quote.speaker?.name === 'Anna Berg')).toBe(true)
    expect(processor.processSync(text).data.claims!.length).toBeGreaterThan(0)
  })

  test('an unclosed quote and a quote with no speaker are messages with a place and a rule id', async () => {
    const file = new VFile({value: text})
    await processor.run(processor.parse(file), file)
    const rules = file.messages.map((message) => message.ruleId)
    expect(rules).toContain('quote-unclosed')
    const unclosed = file.messages.find((message) => message.ruleId === 'quote-unclosed')!
    expect(unclosed.source).toBe('corroborate')
    expect(unclosed.place).toMatchObject({start: {line: 5}})
    expect(unclosed.fatal).toBe(false)
  })

  test('a transformer without the parser says what is missing', async () => {
    const bare = unified().use(corroborateQuotes)
    await expect(bare.run({type: 'RootNode', children: []} as never, new VFile(''))).rejects.toThrow(/corroborateParse/)
  })
})
