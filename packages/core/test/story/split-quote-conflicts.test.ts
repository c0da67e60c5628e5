import {describe, expect, test} from 'vitest'
import {type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

const splitReason = /two pieces/

describe('wording conflicts across a split quote', () => {
  test('a sentence put between the pieces and a changed word are one conflict with the whole quote', () => {
    const texts = {
      'a.txt': 'Mayor Ines Adler spoke in Marle on Monday.\nAdler said: "We want the ferry line kept for the islanders. Who else would carry them home in winter?"',
      'b.txt': 'Mayor Ines Adler spoke in Marle on Monday.\n"We want the ferry line kept for the islanders," Adler told the council. "The budget has room for it. Who else would carry them over in winter?"'
    }
    const result = story(texts)
    const split = result.conflicts.filter((conflict) => conflict.kind === 'wording' && splitReason.test(conflict.reason ?? ''))
    expect(split).toHaveLength(1)
    expect(split[0]!.summary).toContain('The budget has room for it')
    expect(split[0]!.summary).toContain("'them home in' vs 'them over in'")
    expect(split[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    for (const member of split[0]!.members) expect(texts[member.file as keyof typeof texts].slice(member.start, member.end)).toBe(member.value)
    expect(split[0]!.members.map((member) => member.file).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('pieces that only leave words out between them, or an editor\'s bracket, raise nothing', () => {
    const result = story({
      'a.txt': 'Mayor Ines Adler spoke in Marle on Monday.\nAdler said: "We want the ferry line kept for the islanders. The budget has room for it. Who else would carry them home in winter?"',
      'b.txt': 'Mayor Ines Adler spoke in Marle on Monday.\n"We want the ferry line kept for the islanders," Adler told the council. "Who else would carry them home in winter?"',
      'c.txt': 'Mayor Ines Adler spoke in Marle on Monday.\n"We want the ferry line kept for the islanders," Adler told the council. "The budget has room for [the ferry]. Who else would carry them home in winter?"'
    })
    expect(result.conflicts.filter((conflict) => splitReason.test(conflict.reason ?? ''))).toEqual([])
  })
})
