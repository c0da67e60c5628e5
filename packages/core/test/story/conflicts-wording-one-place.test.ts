import {describe, expect, test} from 'vitest'
import {type Story} from '../../src/index.js'
import {storyOfTexts} from './helpers-story.js'

function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-10-02')
}

const wording = (result: Story) => result.conflicts.filter((conflict) => conflict.kind === 'wording')

describe('wording conflicts: one rewording the diff splits at a kept function word', () => {
  test('a few words rewritten around a kept "a" are one change: an altered quote', () => {
    const result = story({
      'a.txt': 'Ferry returns to Osk\n\n"The new ferry belongs to the whole island, not just a few big harbour landlords," harbour master Ilse Marrow said on Friday.',
      'b.txt': 'Osk gets its ferry back\n\nHarbour master Ilse Marrow said on Friday the service was for everyone, "not a couple of big harbour landlords."'
    })
    const found = wording(result)
    expect(found).toHaveLength(1)
    expect(found[0]!.summary).toBe("'not just a few big' vs 'not a couple of big'")
    expect(found[0]!.members.map((member) => member.file).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('two changes apart in a short rendering stay another version; an exact excerpt is none', () => {
    const full = '"The new ferry belongs to the whole island, not just a few big harbour landlords," harbour master Ilse Marrow said on Friday.'
    for (const other of [
      'Harbour master Ilse Marrow said the "ferry is for the entire island, not merely a few big harbour landlords."',
      'Harbour master Ilse Marrow said the ferry was "not just a few big harbour landlords."'
    ]) expect(wording(story({'a.txt': `Ferry returns to Osk\n\n${full}`, 'b.txt': `Osk gets its ferry back\n\n${other}`}))).toEqual([])
  })
})
