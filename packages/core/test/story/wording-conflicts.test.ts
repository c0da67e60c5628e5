import {describe, expect, test} from 'vitest'
import {type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

/** A story from short articles written for the case: file name → text. */
function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

describe('wording conflicts', () => {
  test('an altered quote is a wording conflict naming the changed words', () => {
    const texts = {
      'a.txt': '"We will rebuild the harbour wall before the autumn storms arrive," Mayor Lena Ortiz said on Monday.',
      'b.txt': 'Mayor Lena Ortiz made a promise.\n"We will rebuild the harbour wall before the winter storms arrive," Ortiz said.'
    }
    const result = story(texts)
    const wording = result.conflicts.filter((conflict) => conflict.kind === 'wording')
    expect(wording).toHaveLength(1)
    expect(wording[0]!.summary).toBe("'the autumn storms' vs 'the winter storms'")
    expect(wording[0]!.confidence).toBeGreaterThan(0.5)
    expect(wording[0]!.members.map((member) => member.file).sort()).toEqual(['a.txt', 'b.txt'])
    for (const member of wording[0]!.members) expect(texts[member.file as keyof typeof texts].slice(member.start, member.end)).toBe(member.value)
  })

  test('a function word alone is a less certain conflict; a contraction is none', () => {
    const result = story({
      'a.txt': '"Our drivers deserve a fair contract and we will not stop until they get it," union leader Tom Beck said.',
      'b.txt': 'Union leader Tom Beck spoke outside.\n"Our drivers deserve a fair contract and we won’t stop until they get it," Beck said.',
      'c.txt': 'Tom Beck, a union leader, said: "Our drivers deserve a fair contract, we will not stop until they get it."'
    })
    const wording = result.conflicts.filter((conflict) => conflict.kind === 'wording')
    expect(wording).toHaveLength(1)
    expect(wording[0]!.summary).toBe("'contract and we' vs 'contract, we'")
    expect(wording[0]!.confidence).toBeLessThan(0.7)
    expect(wording[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(wording[0]!.members.map((member) => member.file).sort()).toEqual(['a.txt', 'c.txt'])
  })

  test('a partial quote and a paraphrase are no wording conflicts', () => {
    const result = story({
      'a.txt': '"The station will close in March, and the staff will move to the new depot," the director Anna Berg said.',
      'b.txt': 'Director Anna Berg said the staff "will move to the new depot" in spring.',
      'c.txt': 'Director Anna Berg said: "The depot shuts in spring, and its workers are transferred to a fresh site."'
    })
    expect(result.conflicts.filter((conflict) => conflict.kind === 'wording')).toEqual([])
  })
})

describe('speaker conflicts', () => {
  test('only between two outlets that each name a different speaker in the attributing clause', () => {
    const named = story({
      'a.txt': '"The depot will stay open for at least another ten years," Mayor Lena Ortiz said on Monday.',
      'b.txt': '"The depot will stay open for at least another ten years," union leader Tom Beck said on Monday.'
    })
    const conflicts = named.conflicts.filter((conflict) => conflict.kind === 'speaker')
    expect(conflicts).toHaveLength(1)
    expect(conflicts[0]!.members.map((member) => member.value).sort()).toEqual(['Lena Ortiz', 'Tom Beck'])

    const inferred = story({
      'a.txt': '"The depot will stay open for at least another ten years," Mayor Lena Ortiz said on Monday.',
      'b.txt': 'Union leader Tom Beck met the mayor on Monday.\n"The depot will stay open for at least another ten years," he said.'
    })
    expect(inferred.conflicts.filter((conflict) => conflict.kind === 'speaker')).toEqual([])
    expect(inferred.quoteGroups).toHaveLength(1)
  })

  test('none when a third outlet agrees with one of the two: the group names that speaker and says whom it overrides', () => {
    const result = story({
      'a.txt': '"The depot will stay open for at least another ten years," Mayor Lena Ortiz said on Monday.',
      'b.txt': '"The depot will stay open for at least another ten years," said Mayor Lena Ortiz.',
      'c.txt': '"The depot will stay open for at least another ten years," union leader Tom Beck said on Monday.'
    })
    expect(result.conflicts.filter((conflict) => conflict.kind === 'speaker')).toEqual([])
    const group = result.quoteGroups[0]!
    expect(group.speaker).toBe('Lena Ortiz')
    expect(group.overridden.map((index) => group.members[index]!.file)).toEqual(['c.txt'])
    expect(group.overridden.map((index) => group.members[index]!.speaker)).toEqual(['Tom Beck'])
  })
})
