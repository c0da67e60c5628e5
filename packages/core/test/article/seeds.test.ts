import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'

const root = path.join(import.meta.dirname, '..', '..', '..', '..')
const seeds = path.join(root, 'seeds')
const goldFile = path.join(root, '..', 'shared', 'gold', 'seeds.json')

interface GoldArticle {
  title: string | null
  published?: string
  dateline?: string
  headings?: string[]
  boilerplate?: string[]
  embeds?: Array<{text: string, speaker: string}>
}

describe('seeds', () => {
  const files = readdirSync(seeds).filter((name) => name.endsWith('.txt'))

  test.each(files)('%s keeps its invariants and no boilerplate in story text', (file) => {
    const article = parseArticle(readFileSync(path.join(seeds, file), 'utf8'), {fileName: file})
    expectArticleInvariants(article)
    const boilerplate = article.blocks.filter((block) => block.kind === 'boilerplate')
    for (const sentence of article.sentences) {
      for (const block of boilerplate) expect(sentence.end <= block.start || sentence.start >= block.end).toBe(true)
    }
  })

  // The reference annotation lives outside the repo (../shared/gold); where it is
  // there, every structural fact it records must come out of the parser.
  describe.skipIf(!existsSync(goldFile))('against ../shared/gold/seeds.json', () => {
    const gold = existsSync(goldFile) ? (JSON.parse(readFileSync(goldFile, 'utf8')) as {articles: Record<string, GoldArticle>}).articles : {}
    test.each(Object.keys(gold))('%s', (file) => {
      const expected = gold[file]!
      const article = parseArticle(readFileSync(path.join(seeds, file), 'utf8'), {fileName: file})
      expect(article.title).toBe(expected.title)
      if (expected.published) expect(article.published).toBe(expected.published)
      if (expected.dateline) expect(article.dateline).toBe(expected.dateline)
      if (expected.headings) {
        expect(article.blocks.filter((block) => block.kind === 'heading' && block.depth! > 1).map((block) => block.text)).toEqual(expected.headings)
      }
      const boilerplate = article.blocks.filter((block) => block.kind === 'boilerplate').map((block) => block.text)
      for (const text of expected.boilerplate ?? []) expect(boilerplate).toContain(text)
      for (const embed of expected.embeds ?? []) {
        const found = article.blocks.find((block) => block.kind === 'embed' && block.text === embed.text)
        expect(found?.author).toBe(embed.speaker)
      }
    })
  })
})
