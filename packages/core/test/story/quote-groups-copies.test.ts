import {describe, expect, test} from 'vitest'
import {type QuoteGroup, type Story} from '../../src/index.js'
import {compareTokens} from '../../src/lib/story/compare-tokens.js'
import {quoteVerdict} from '../../src/lib/story/quote-verdict.js'
import {storyOfTexts} from './helpers-story.js'

/** A story from short articles written for the case: file name → text. */
function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

/** The groups holding a quote of `file` that contains `words`. */
function groupsOf(result: Story, file: string, words: string): QuoteGroup[] {
  return result.quoteGroups.filter((group) => group.members.some((member) => member.file === file && member.text.includes(words)))
}

const statement = 'The ferry will keep running through the winter storms and no crossing will be cancelled'

describe('quote groups: copies of one statement', () => {
  test('many outlets printing one statement with other marks and case are one group, every rendering identical', () => {
    const marks = [['“', '”'], ['"', '"'], ['‘', '’']] as const
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++) {
      const [open, close] = marks[i % marks.length]!
      const words = i % 4 === 3 ? statement.toUpperCase() : statement
      files[`outlet-${i}.txt`] = `Harbour news.\n\nMayor Ines Varga spoke on Tuesday.\n\n${open}${words},${close} Varga said.\n`
    }
    const groups = groupsOf(story(files), 'outlet-0.txt', 'ferry')
    expect(groups).toHaveLength(1)
    expect(groups[0]!.files).toHaveLength(12)
    expect(groups[0]!.members).toHaveLength(12)
    expect(groups[0]!.members.every((member) => member.verdict === 'identical')).toBe(true)
    expect(groups[0]!.speaker).toBe('Ines Varga')
  })

  test('one outlet printing the statement twice is one group, and counts as one outlet', () => {
    const result = story({
      'a.txt': `Harbour news.\n\n"${statement}," Harbourmaster Ines Varga said.\n\nLater she repeated it: "${statement}."`,
      'b.txt': `Harbour news.\n\n"${statement}," Varga said on Tuesday.`
    })
    const groups = groupsOf(result, 'a.txt', 'ferry')
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members).toHaveLength(3)
    expect([...groups[0]!.files].sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('the same short words from two named people stay two groups however many outlets print them', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 6; i++) {
      files[`outlet-${i}.txt`] = 'Council news.\n\n"We will vote no," Councillor Amara Osei said.\n\nAcross the hall, "We will vote no," Councillor Piet de Vries said.'
    }
    const result = story(files)
    const groups = result.quoteGroups.filter((group) => group.members.some((member) => member.text.includes('vote no')))
    for (const group of groups) expect(new Set(group.members.map((member) => member.speaker)).size).toBe(1)
    expect(result.conflicts.filter((conflict) => conflict.kind === 'speaker')).toHaveLength(0)
  })

  test('a name quoted alone, as in a vocative, joins no quote that contains it', () => {
    const result = story({
      'a.txt': 'Harbour news.\n\n"Varga, the ferry must sail tonight whatever the weather," the captain, Tomas Reyes, said.',
      'b.txt': 'Harbour news.\n\nCaptain Tomas Reyes turned to the harbourmaster: "Varga," he said, and walked away.'
    })
    const group = groupsOf(result, 'b.txt', 'Varga').find((candidate) => candidate.members.some((member) => member.text === 'Varga,'))
    expect(group?.files ?? ['b.txt']).toEqual(['b.txt'])
  })

  test('a quote resumed after a quote nested in it goes on from the outer quote', () => {
    const result = story({
      'a.txt': 'Harbour news.\n\n"They called it a ‘minor delay’ on the pier," Harbourmaster Ines Varga said, "and then the ferry sat there for nine hours."'
    })
    const group = groupsOf(result, 'a.txt', 'then the ferry sat')[0]
    expect(group?.members.map((member) => member.text)).toEqual([
      'They called it a ‘minor delay’ on the pier,', 'and then the ferry sat there for nine hours.'
    ])
  })
})

describe('quote verdicts for a fact-checker', () => {
  const verdict = (fullest: string, variant: string) =>
    quoteVerdict({text: fullest, tokens: compareTokens(fullest, {spellOut: true})}, {text: variant, tokens: compareTokens(variant, {spellOut: true})})

  test('a word changed inside the marks is altered, naming the words', () => {
    const result = verdict('The ferry will keep running through the winter storms.', 'The ferry will keep sailing through the winter storms.')
    expect(result.verdict).toBe('altered')
    expect(result.changes).toEqual([{from: 'keep running through', to: 'keep sailing through'}])
  })

  test('another translation of one sentence is a paraphrase, not a misquote', () => {
    const result = verdict('We will not abandon the islanders during the storms this winter.', 'We shall never leave the island residents alone in this winter’s storms.')
    expect(result.verdict).toBe('paraphrase')
    expect(result.changes).toEqual([])
  })

  test('a contiguous cut is an excerpt', () => {
    expect(verdict('The ferry will keep running through the winter storms.', 'keep running through the winter').verdict).toBe('excerpt')
  })
})
