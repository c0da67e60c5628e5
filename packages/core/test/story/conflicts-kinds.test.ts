import {describe, expect, test} from 'vitest'
import {compareArticles, parseArticle} from '../../src/index.js'
import {expectValidSpans, story, texts} from './helpers-story.js'

describe('number conflicts', () => {
  test('one counted thing with values that cannot both hold', () => {
    const files = {
      'a.txt': 'The flood in the river town of Belvar killed four people on Tuesday, the regional governor said.',
      'b.txt': 'The flood in the river town of Belvar killed six people on Tuesday, the regional governor said.'
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'number')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['4', '6'])
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(conflict!.reason.length).toBeGreaterThan(0)
    expectValidSpans(result, texts(files))
  })

  test('bounds honoured: "at least 48" vs "almost 48" conflict, "about 50" vs "48" do not', () => {
    const bounded = story({
      'a.txt': 'The inspectors sent at least 48 questions to the harbour authority in Tarrow.',
      'b.txt': 'The inspectors sent almost 48 questions to the harbour authority in Tarrow.'
    })
    expect(bounded.conflicts.filter((c) => c.kind === 'number')).toHaveLength(1)
    const about = story({
      'a.txt': 'The inspectors sent about 50 questions to the harbour authority in Tarrow.',
      'b.txt': 'The inspectors sent 48 questions to the harbour authority in Tarrow.'
    })
    expect(about.conflicts.filter((c) => c.kind === 'number')).toHaveLength(0)
  })

  test('two counts in two places are two facts, not one told two ways', () => {
    const result = story({
      'a.txt': 'Senator Ruth Lane won 30 delegates in the primary in Ohio on Tuesday night.',
      'b.txt': 'Senator Ruth Lane won 60 delegates in the primary in Florida on Tuesday night.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'number')).toHaveLength(0)
  })

  test('two different counted things are never a number conflict', () => {
    const result = story({
      'a.txt': 'The flood in the river town of Belvar left four people dead on Tuesday.',
      'b.txt': 'The flood in the river town of Belvar left six people injured on Tuesday.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'number')).toHaveLength(0)
  })
})

describe('date conflicts', () => {
  test('one fact dated to two days', () => {
    const result = story({
      'a.txt': 'The regional parliament of Oster approved the new water budget on March 2, officials confirmed.',
      'b.txt': 'The regional parliament of Oster approved the new water budget on March 3, officials confirmed.'
    })
    const conflict = result.conflicts.find((c) => c.kind === 'date')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['2025-03-02', '2025-03-03'])
  })

  test('undated articles: a month and day still compare', () => {
    const undated = (text: string) => compareArticles([{file: 'a.txt', text: 'The regional parliament of Oster approved the new water budget on Dec. 21, officials confirmed.'}, {file: 'b.txt', text}]
      .map(({file, text: body}) => ({file, article: parseArticle(`Report\n\n${body}`, {format: 'text'})})))
    const conflict = undated('The regional parliament of Oster approved the new water budget on Dec. 22, officials confirmed.').conflicts.find((c) => c.kind === 'date')
    expect(conflict?.members.map((m) => m.value).sort()).toEqual(['--12-21', '--12-22'])
    expect(undated('The regional parliament of Oster approved the new water budget on Dec. 21, officials confirmed.').conflicts).toHaveLength(0)
  })

  test('two events of one kind on two days stay two', () => {
    const result = story({
      'a.txt': 'Mayor Lena Ortiz met the union leaders on March 1. She met them again on March 3 for a second meeting on the strike.',
      'b.txt': 'Mayor Lena Ortiz held a second meeting with the union leaders on March 3 about the strike.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'date')).toHaveLength(0)
  })
})

describe('stance conflicts', () => {
  test('one outlet asserts, another explicitly distances the same proposition', () => {
    const result = story({
      'a.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract.',
      'b.txt': 'Councillor Ben Avery allegedly asked the auditor to drop the inquiry into the harbour contract.'
    })
    const conflict = result.conflicts.find((c) => c.kind === 'stance')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(conflict!.members.some((m) => m.value === 'allegedly')).toBe(true)
  })

  test('"is believed to" distances too', () => {
    const result = story({
      'a.txt': 'The former treasurer of the club, Dana Rusk, is cooperating with the prosecutors in Hallam.',
      'b.txt': 'The former treasurer of the club, Dana Rusk, is believed to be cooperating with the prosecutors in Hallam.'
    })
    expect(result.conflicts.some((c) => c.kind === 'stance')).toBe(true)
  })

  test('attribution is not hedging: "according to", "X reported", "obtained by" raise nothing', () => {
    const result = story({
      'a.txt': 'The port authority of Kessel closed the north terminal on Monday after the fire.',
      'b.txt': 'The port authority of Kessel closed the north terminal on Monday after the fire, according to local media reports.',
      'c.txt': 'The Kessel Courier first reported that the port authority closed the north terminal on Monday after the fire.',
      'd.txt': 'The port authority of Kessel closed the north terminal on Monday after the fire, according to documents obtained by the Courier.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })

  test('a source\'s words are not the outlet vouching: "X said P" vs "allegedly P" is no stance conflict', () => {
    const result = story({
      'a.txt': 'Councillor Ben Avery asked the auditor to drop the inquiry into the harbour contract, the mayor said.',
      'b.txt': 'Councillor Ben Avery allegedly asked the auditor to drop the inquiry into the harbour contract.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })
})

describe('ranking and collapsing', () => {
  test('conflicts come ranked by confidence, one per slot of a fact', () => {
    const result = story({
      'a.txt': 'The flood in the river town of Belvar killed four people on Tuesday, the regional governor said.',
      'b.txt': 'The flood in the river town of Belvar killed six people on Tuesday, the regional governor said.',
      'c.txt': 'The flood in the river town of Belvar killed seven people on Tuesday, the regional governor said.'
    })
    const numbers = result.conflicts.filter((c) => c.kind === 'number')
    expect(numbers).toHaveLength(1)
    expect(new Set(numbers[0]!.members.map((m) => m.file)).size).toBe(3)
    const confidences = result.conflicts.map((c) => c.confidence)
    expect(confidences).toEqual([...confidences].sort((x, y) => y - x))
  })
})
