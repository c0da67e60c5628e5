import {describe, expect, test} from 'vitest'
import {compareArticles, parseArticle} from '../../src/index.js'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** Articles on one story share a fact besides the act. */
function onOneStory(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, `${text} Turnout in the Ardent hill towns ran well below the last contest.`]))
}

/** Conflicts of this finder: one act told as done and as still expected. */
const doneExpected = (files: Record<string, string>) => story(onOneStory(files)).conflicts.filter((c) => /as done/.test(c.reason))

describe('one act told as done by one outlet and as expected by another', () => {
  test('a result before the day another outlet expects it: raised', () => {
    const files = {
      'a.txt': 'State senator Ilse Brandvold has won the Ardent county primary, party officials said late on Monday.',
      'b.txt': 'Brandvold is expected to win the Ardent county primary on Thursday, once the mailed ballots are counted.'
    }
    const found = doneExpected(files)
    expect(found).toHaveLength(1)
    expect(found[0]!.kind).toBe('date')
    expect(found[0]!.members.map((m) => m.value).sort()).toEqual(['done', 'expected 2025-03-06'])
    expectValidSpans(story(onOneStory(files)), texts(onOneStory(files)))
  })

  test('a passive act ("is scheduled to be printed" / "was printed")', () => {
    expect(doneExpected({
      'a.txt': 'The harbour audit known as Kestrel was printed by the port board, and dock clerks spent the day reading it.',
      'b.txt': 'Kestrel is scheduled to be printed on Friday, a port board clerk said.'
    })).toHaveLength(1)
  })
})

describe('look-alikes that raise nothing', () => {
  test('an expected weekday that is the weekday of publication may be that very day', () => {
    expect(doneExpected({
      'a.txt': 'State senator Ilse Brandvold has won the Ardent county primary, party officials said.',
      'b.txt': 'Brandvold is expected to win the Ardent county primary on Tuesday.'
    })).toHaveLength(0)
  })

  test('an expectation that names no day may have been written before the result', () => {
    expect(doneExpected({
      'a.txt': 'State senator Ilse Brandvold has won the Ardent county primary.',
      'b.txt': 'Brandvold is widely expected to win the Ardent county primary.'
    })).toHaveLength(0)
  })

  test('two events of one kind (two named primaries)', () => {
    expect(doneExpected({
      'a.txt': 'State senator Ilse Brandvold has won the Ardent county primary.',
      'b.txt': 'Brandvold is expected to win the Varik county primary on Thursday.'
    })).toHaveLength(0)
  })

  test('a plan and its result in one article are the news moving on', () => {
    expect(doneExpected({
      'a.txt': 'Brandvold was expected to win the Ardent county primary on Thursday. In the end Brandvold won the Ardent county primary a day early.',
      'b.txt': 'Brandvold is expected to win the Ardent county primary on Thursday.'
    })).toHaveLength(0)
  })

  test('a result told with a hedge is left to hedge conflicts', () => {
    expect(doneExpected({
      'a.txt': 'State senator Ilse Brandvold has reportedly won the Ardent county primary.',
      'b.txt': 'Brandvold is expected to win the Ardent county primary on Thursday.'
    })).toHaveLength(0)
  })

  test('a result published after the expectation is an update', () => {
    const found = compareArticles([
      {file: 'a.txt', article: parseArticle('Report\n\nState senator Ilse Brandvold has won the Ardent county primary. Turnout in the Ardent hill towns ran well below the last contest.', {format: 'text', metadata: {published: '2025-03-05'}})},
      {file: 'b.txt', article: parseArticle('Report\n\nBrandvold is expected to win the Ardent county primary on Thursday. Turnout in the Ardent hill towns ran well below the last contest.', {format: 'text', metadata: {published: '2025-03-03'}})}
    ]).conflicts.filter((c) => /as done/.test(c.reason))
    expect(found).toHaveLength(0)
  })
})
