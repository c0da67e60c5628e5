import {describe, expect, test} from 'vitest'
import {compareArticles, parseArticle} from '../../src/index.js'
import {expectValidSpans, texts} from './helpers-story.js'

/** A story of articles with no published date: their days stay weekdays and month-days. */
function undated(files: Record<string, string>) {
  return compareArticles(Object.entries(files).map(([file, text]) => ({file, article: parseArticle(`Report\n\n${text}`, {format: 'text', metadata: {published: null}})})))
}
const dates = (files: Record<string, string>) => undated(files).conflicts.filter((c) => c.kind === 'date')

describe('one event given different days by undated articles', () => {
  test('two weekdays for one blast disagree', () => {
    const files = {
      'a.txt': 'A blast at the Velmont paint factory in Riverton on Tuesday injured four workers.',
      'b.txt': 'Four workers were hurt in a blast at the Velmont paint factory in Riverton on Thursday.'
    }
    const found = dates(files)
    expect(found).toHaveLength(1)
    expect(found[0]!.members.map((m) => m.value).sort()).toEqual(['Thursday', 'Tuesday'])
    expect(found[0]!.confidence).toBe(0.6)
    expectValidSpans(undated(files), texts(files))
  })

  test('two month-days for one storm disagree', () => {
    const found = dates({
      'a.txt': 'The Nov. 3 storm damaged the harbour district of Riverton, officials said.',
      'b.txt': 'Officials said the Nov. 5 storm damaged the harbour district of Riverton.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.members.map((m) => m.value).sort()).toEqual(['--11-03', '--11-05'])
  })

  test('the same weekday, written differently, raises none', () => {
    expect(dates({
      'a.txt': 'A blast at the Velmont paint factory in Riverton on Tuesday injured four workers.',
      'b.txt': 'Four workers were hurt in a blast at the Velmont paint factory in Riverton late Tuesday.'
    })).toHaveLength(0)
  })

  test('a weekday and a month-day are not compared: which week is not known', () => {
    expect(dates({
      'a.txt': 'A blast at the Velmont paint factory in Riverton on Tuesday injured four workers.',
      'b.txt': 'Four workers were hurt in a blast at the Velmont paint factory in Riverton on March 6.'
    })).toHaveLength(0)
  })

  test('two blasts of one kind on two days in one outlet stay two events', () => {
    expect(dates({
      'a.txt': 'A blast at the Velmont paint factory in Riverton on Tuesday injured four workers. A second blast at the Velmont paint factory in Riverton on Thursday injured two more.',
      'b.txt': 'Four workers were hurt in a blast at the Velmont paint factory in Riverton on Thursday.'
    })).toHaveLength(0)
  })

  test('blasts at two different places on two days are two events', () => {
    expect(dates({
      'a.txt': 'A blast at the Velmont paint factory in Riverton on Tuesday injured four workers.',
      'b.txt': 'A blast at the Ostrava grain silo near Dunmore on Thursday injured two farmhands.'
    })).toHaveLength(0)
  })
})

describe('midnight: the end of one day is where the next begins', () => {
  test('"midnight March 14" against "March 15" is raised at the least confidence, saying why', () => {
    const found = dates({
      'a.txt': 'The strike at the Riverton docks began at midnight March 14, the union said.',
      'b.txt': 'The union said the strike at the Riverton docks began on March 15.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.confidence).toBe(0.5)
    expect(found[0]!.reason).toMatch(/midnight/)
  })

  test('"late Monday" against "Tuesday" likewise; "Monday" against "Wednesday" is a full conflict', () => {
    const edge = dates({
      'a.txt': 'Police said the raid on the Riverton warehouse took place late Monday.',
      'b.txt': 'The raid on the Riverton warehouse took place on Tuesday, police said.'
    })
    expect(edge.map((c) => c.confidence)).toEqual([0.5])
    const apart = dates({
      'a.txt': 'Police said the raid on the Riverton warehouse took place on Monday.',
      'b.txt': 'The raid on the Riverton warehouse took place on Wednesday, police said.'
    })
    expect(apart.map((c) => c.confidence)).toEqual([0.6])
  })
})
