import {describe, expect, test} from 'vitest'
import {compareArticles, parseArticle, type Story} from '../../src/index.js'

/** Undated articles: relative dates stay unresolved. */
function undated(files: Record<string, string>): Story {
  return compareArticles(Object.entries(files).map(([file, text]) => ({file, article: parseArticle(`Report\n\n${text}`, {format: 'text'})})))
}

// A shared line puts the articles on one story.
const lead = 'The harbour board of Kessel met on Monday to discuss the ferry contract, its chairman said.\n'

describe('relative dates in undated articles', () => {
  test('"last week" against "two weeks ago" for one fact is a date conflict', () => {
    const result = undated({
      'a.txt': `${lead}The board hired the engineer Mara Lind of Tessel as its new harbour master last week.`,
      'b.txt': `${lead}Two weeks ago, the board hired the engineer Mara Lind of Tessel as its new harbour master.`
    })
    const dates = result.conflicts.filter((c) => c.kind === 'date')
    expect(dates).toHaveLength(1)
    expect(dates[0]!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('one offset in two forms ("a week ago" / "last week") agrees', () => {
    const result = undated({
      'a.txt': `${lead}The board hired the engineer Mara Lind of Tessel as its new harbour master last week.`,
      'b.txt': `${lead}A week ago, the board hired the engineer Mara Lind of Tessel as its new harbour master.`
    })
    expect(result.conflicts.filter((c) => c.kind === 'date')).toHaveLength(0)
  })

  test('offsets of two units ("last week" / "three days ago") are not compared', () => {
    const result = undated({
      'a.txt': `${lead}The board hired the engineer Mara Lind of Tessel as its new harbour master last week.`,
      'b.txt': `${lead}Three days ago, the board hired the engineer Mara Lind of Tessel as its new harbour master.`
    })
    expect(result.conflicts.filter((c) => c.kind === 'date')).toHaveLength(0)
  })
})
