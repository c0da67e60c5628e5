import {describe, expect, test} from 'vitest'
import {compareArticles, type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

/** A story from short articles written for the case: file name → text. */
function expectSpans(result: Story, texts: Record<string, string>): void {
  const check = (member: {file: string, start: number, end: number, text: string}) => {
    expect(texts[member.file]!.slice(member.start, member.end)).toBe(member.text)
  }
  for (const group of result.quoteGroups) group.members.forEach(check)
  for (const group of result.claimGroups) group.members.forEach(check)
  for (const conflict of result.conflicts) conflict.members.forEach(check)
  result.exclusives.forEach(check)
  for (const day of result.timeline) day.members.forEach(check)
}

describe('quote groups', () => {
  const texts = {
    'a.txt': 'The minister spoke after the talks.\n"Our position will be reassessed, and our partners should approach this with understanding," Foreign Minister Anna Berg said on Tuesday.\nShe called the talks "constructive."',
    'b.txt': 'Foreign Minister Anna Berg said the talks were constructive.\n"Our position will be revised, and our partners should treat this with understanding," Berg told reporters.\n"We are not in a hurry," she added.',
    'c.txt': 'Prime Minister Karl Dunn said: "Our position will be revised, and our partners should treat this with understanding."\nDunn spoke in Oslo.'
  }
  const result = storyOfTexts(texts)

  test('one utterance in two translations is one group, a paraphrase with a word diff', () => {
    const group = result.quoteGroups.find((g) => g.members.some((m) => m.file === 'a.txt' && m.text.includes('reassessed')))
    expect(group).toBeDefined()
    expect(group!.speaker).toBe('Anna Berg')
    expect(group!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    const variant = group!.members.find((_, i) => i !== group!.fullest)!
    expect(variant.verdict).toBe('paraphrase')
    expect(variant.diff.some((part) => part.op === 'insert')).toBe(true)
    expect(variant.diff.some((part) => part.op === 'delete')).toBe(true)
  })

  test('the same long words another outlet gives a different named speaker are grouped, with a speaker conflict', () => {
    const group = result.quoteGroups.find((g) => g.members.some((m) => m.file === 'c.txt'))
    expect(group?.members.map((m) => m.file).sort()).toEqual(['b.txt', 'c.txt'])
    const conflict = result.conflicts.find((c) => c.kind === 'speaker')
    expect(conflict?.members.map((m) => m.value).sort()).toEqual(['Anna Berg', 'Karl Dunn'])
  })

  test('a partial quote inside a longer one is an excerpt', () => {
    const partial = storyOfTexts({
      'a.txt': '"It was a good and very productive call, and we agreed to talk again soon," the envoy Mark Hale said.',
      'b.txt': 'Envoy Mark Hale called it a "good and very productive call" on Monday.'
    })
    const group = partial.quoteGroups[0]
    expect(group).toBeDefined()
    const variant = group!.members.find((_, i) => i !== group!.fullest)!
    expect(variant.verdict).toBe('excerpt')
  })

  test('every member points into its article', () => expectSpans(result, texts))
})

describe('claims across outlets', () => {
  const texts = {
    'a.txt': 'The storm killed 12 people in the coastal town of Marris on Monday, officials said.\nThe alleged looting of shops was reported later.',
    'b.txt': 'A storm killed 14 people in Marris on Monday.\nThe looting of shops in Marris followed the storm.',
    'c.txt': 'In Marris, the storm killed 12 people on Sunday, the mayor said.\nRepairs will cost $4 million.'
  }
  const result = storyOfTexts(texts)

  test('the same fact is one claim group with coverage for every outlet', () => {
    const group = result.claimGroups.find((g) => g.members.some((m) => m.text.includes('killed')) && g.members.length >= 2)
    expect(group).toBeDefined()
    expect(group!.coverage.map((c) => c.file)).toEqual(['a.txt', 'b.txt', 'c.txt'])
  })

  test('different numbers and days for one fact are conflicts, with the sentences', () => {
    expect(result.conflicts.some((c) => c.kind === 'number' && c.members.some((m) => m.value === '14'))).toBe(true)
    expect(result.conflicts.some((c) => c.kind === 'date')).toBe(true)
  })

  test('a number only one outlet gives is an exclusive', () => {
    expect(result.exclusives.some((e) => e.file === 'c.txt' && e.quantities.some((q) => q.value === 4_000_000))).toBe(true)
  })

  test('the timeline keeps two days apart', () => {
    expect(result.timeline.map((day) => day.date)).toEqual(expect.arrayContaining(['2025-03-02', '2025-03-03']))
  })

  test('every member points into its article', () => expectSpans(result, texts))
})

describe('conflicts about events, across claim groups', () => {
  const texts = {
    'a.txt': 'The interior ministry accused rebels of trying to bomb the Delta power plant near Sarn with mortars on March 2, though officials said the plant kept running.\nGovernor Lena Ortiz said the alleged attack "maybe never happened" and called for calm.',
    'b.txt': 'The rebels\' March 1 attack on the Delta power plant was discussed at the cabinet meeting.\nGovernor Lena Ortiz told reporters she was "furious" about the attack.',
    'c.txt': 'Separately, an army strike on the Kell bridge killed two people on March 3.'
  }
  const result = storyOfTexts(texts)
  const involving = (...files: string[]) => result.conflicts.filter((c) => files.every((file) => c.members.some((m) => m.file === file)))

  test('one event dated to two days by two outlets is a date conflict, with both sentences', () => {
    const conflict = involving('a.txt', 'b.txt').find((c) => c.kind === 'date')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['2025-03-01', '2025-03-02'])
  })

  test('an attack on something else is another event, not a conflict', () => {
    expect(result.conflicts.filter((c) => c.members.some((m) => m.file === 'c.txt'))).toEqual([])
  })

  test('a hedge dropped: stated as fact by one outlet, alleged by another', () => {
    const conflict = involving('a.txt', 'b.txt').find((c) => c.kind === 'stance' && c.members.some((m) => m.value === 'alleged'))
    expect(conflict).toBeDefined()
    expect(conflict!.members.find((m) => m.value === 'stated')?.file).toBe('b.txt')
  })

  test('one source doubting the event in one outlet and angry about it in another', () => {
    const conflict = involving('a.txt', 'b.txt').find((c) => c.kind === 'stance' && c.summary.includes('Lena Ortiz'))
    expect(conflict).toBeDefined()
  })

  test('every member points into its article', () => expectSpans(result, texts))

  test('one long quote given to two speakers by two outlets is a speaker conflict; a short shared phrase is not', () => {
    const quoted = storyOfTexts({
      'a.txt': '"We will not sign any deal that gives away our ports," Trade Minister Ida Lund said on Monday. Lund called the talks "good and productive."',
      'b.txt': '"We will not sign any deal that gives away our ports," Prime Minister Omar Vik told parliament. Vik also called the talks "good and productive."'
    })
    const conflicts = quoted.conflicts.filter((c) => c.kind === 'speaker')
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]!.members.map((m) => m.value).sort()).toEqual(['Ida Lund', 'Omar Vik'])
  })

  test('two calls on two days are two events, not a conflict', () => {
    const calls = storyOfTexts({
      'a.txt': 'Premier Ana Voss spoke with Chancellor Ben Hart by phone on March 1. In a second call on March 3, the two leaders discussed trade.',
      'b.txt': 'Voss and Hart held a phone call on March 3 about trade.',
      'c.txt': 'Voss first called Hart on March 1, aides said.'
    })
    expect(calls.conflicts.filter((c) => c.kind === 'date')).toEqual([])
  })
})

describe('naming, framing and syndication', () => {
  const texts = {
    'a.txt': 'President Volodymyr Horvasky visited Kyiv on Monday. Horvasky met troops.\nBased On ANI Report',
    'b.txt': 'President Volodymyr Horvaskyy visited Kiev on Monday, where the so-called regime held a parade. Horvaskyy met troops.\nBased On ANI Report'
  }
  const result = storyOfTexts(texts)

  test('spelling variants of one person and one place, with who used which', () => {
    const person = result.naming.find((entry) => entry.variants.some((v) => /Horvaskyy/.test(v.form)))
    expect(person).toBeDefined()
    expect(person!.variants.some((v) => /Horvasky$/.test(v.form) && v.files.includes('a.txt'))).toBe(true)
    const place = result.naming.find((entry) => entry.variants.some((v) => v.form === 'Kiev'))
    expect(place?.variants.find((v) => v.form === 'Kyiv')?.files).toEqual(['a.txt'])
  })

  test('loaded terms are listed for the outlet that uses them', () => {
    const b = result.framing.find((entry) => entry.file === 'b.txt')!
    expect(b.terms.map((t) => t.text.toLowerCase())).toEqual(expect.arrayContaining(['so-called', 'regime']))
    expect(result.framing.find((entry) => entry.file === 'a.txt')!.terms.filter((t) => t.kind === 'loaded')).toEqual([])
  })

  test('a shared wire credit marks the articles as not independent', () => {
    expect(result.syndication.some((entry) => entry.reason === 'wire-credit' && entry.files.length === 2)).toBe(true)
  })

  test('near-identical articles are found as syndicated copies', () => {
    const body = 'The central bank raised interest rates by half a point on Thursday, its largest increase in two decades, as inflation reached a new high across the country.'
    const copies = storyOfTexts({'a.txt': body + ' Markets fell.', 'b.txt': body + ' Markets fell sharply.', 'c.txt': 'A different story about a football match on Saturday in the capital, which ended in a draw.'})
    const entry = copies.syndication.find((e) => e.reason === 'near-duplicate')
    expect(entry?.files.sort()).toEqual(['a.txt', 'b.txt'])
  })
})

describe('compareArticles on bad input', () => {
  test('rejects a non-array with a TypeError', () => {
    expect(() => compareArticles('x' as never)).toThrow(TypeError)
  })
  test('an empty story is an empty report', () => {
    const result = compareArticles([])
    expect(result.quoteGroups).toEqual([])
    expect(result.articles).toEqual([])
  })
})
