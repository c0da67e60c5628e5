import {describe, expect, test} from 'vitest'
import {findQuotes, parseArticle, type QuoteGroup, type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

/** The groups holding a quote of `file` whose text is exactly `words`. */
function groupsOf(result: Story, file: string, words: string): QuoteGroup[] {
  return result.quoteGroups.filter((group) => group.members.some((member) => member.file === file && member.text === words))
}

const memoA = 'Dana Okafor, the Riverton city manager, wrote in her notes: "The mayor said ‘the toll bridge scandal’ is nonsense, but that Reyes had told him, ‘We have the finest bridges in the whole state.’" She kept the notes.'
const memoB = 'In notes released on Monday, Dana Okafor wrote: "The mayor said ‘the toll bridge scandal’ is nonsense but that Reyes had told him ‘we have the finest bridges in the whole state.’" The council asked for more.'
const aloneC = 'Reyes once boasted to the mayor: "We have the finest bridges in the whole state."'

describe('nested quotes across outlets', () => {
  test('the story comparison finds quotes inside quotes; findQuotes does not unless asked', () => {
    const article = parseArticle(memoA, {format: 'text'})
    expect(findQuotes(article).some((quote) => quote.text === 'the toll bridge scandal')).toBe(false)
    expect(findQuotes(article, {nested: true}).some((quote) => quote.text === 'the toll bridge scandal')).toBe(true)
    const result = story({'a.txt': memoA, 'b.txt': memoB})
    const inner = groupsOf(result, 'a.txt', 'the toll bridge scandal')
    expect(inner).toHaveLength(1)
    expect(inner[0]!.members.map((member) => [member.file, member.text])).toEqual([['a.txt', 'the toll bridge scandal'], ['b.txt', 'the toll bridge scandal']])
  })

  test('two outlets printing the whole account group it, apart from the words nested in it', () => {
    const result = story({'a.txt': memoA, 'b.txt': memoB})
    const outer = result.quoteGroups.find((group) => group.members.every((member) => member.text.startsWith('The mayor said')))
    expect(outer?.members.map((member) => member.file)).toEqual(['a.txt', 'b.txt'])
    const inner = groupsOf(result, 'b.txt', 'we have the finest bridges in the whole state.')
    expect(inner).toHaveLength(1)
    expect(inner[0]!.members.every((member) => !member.text.startsWith('The mayor'))).toBe(true)
  })

  test('a quote printed alone joins the nested rendering of the same words, not the account around it', () => {
    const result = story({'a.txt': memoA, 'c.txt': aloneC})
    const groups = groupsOf(result, 'c.txt', 'We have the finest bridges in the whole state.')
    expect(groups).toHaveLength(1)
    const texts = groups[0]!.members.map((member) => member.text)
    expect(texts).toContain('We have the finest bridges in the whole state.')
    expect(texts.some((text) => text.startsWith('The mayor said'))).toBe(false)
    // Every member still slices back to its article.
    for (const group of result.quoteGroups) {
      for (const member of group.members) expect((member.file === 'a.txt' ? memoA : aloneC).slice(member.start, member.end)).toBe(member.text)
    }
  })
})
