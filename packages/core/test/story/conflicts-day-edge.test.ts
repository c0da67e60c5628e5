import {describe, expect, test} from 'vitest'
import {compareArticles, parseArticle, type Story} from '../../src/index.js'

/** Undated articles: month-days stay without a year. */
function undated(files: Record<string, string>): Story {
  return compareArticles(Object.entries(files).map(([file, text]) => ({file, article: parseArticle(`Report\n\n${text}`, {format: 'text'})})))
}

// A shared line puts the articles on one story.
const lead = 'The harbour board of Kessel met to discuss the ferry contract, its chairman said.\n'
const dates = (a: string, b: string) => undated({'a.txt': `${lead}${a}`, 'b.txt': `${lead}${b}`}).conflicts.filter((c) => c.kind === 'date')

describe('an aligned fact dated at the end of one day and on the next', () => {
  test('"midnight March 14" against "March 15": raised at the least confidence, the reason names midnight', () => {
    const found = dates('The ferry contract between the board and the Tessel line lapsed at midnight March 14.',
      'The ferry contract between the board and the Tessel line lapsed on March 15.')
    expect(found).toHaveLength(1)
    expect(found[0]!.confidence).toBeLessThanOrEqual(0.5)
    expect(found[0]!.reason).toMatch(/midnight/)
  })

  test('two days apart is no edge: the usual confidence and reason', () => {
    const found = dates('The ferry contract between the board and the Tessel line lapsed at midnight March 13.',
      'The ferry contract between the board and the Tessel line lapsed on March 15.')
    expect(found).toHaveLength(1)
    expect(found[0]!.reason).not.toMatch(/midnight/)
  })
})
