import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'

// The naming steps read each written form once per comparison (a name recurs in most
// articles): the same story gives the same entries twice, and a form read for one story
// leaves another story's entries alone.
describe('naming: forms read once per story', () => {
  const first = {
    'a.txt': 'The council met on Monday.\nMayor Dana Okafor said the Riverton Harbor Authority would review the NOVA plan before the vote.\n',
    'b.txt': 'Councillors spoke again.\nMayor Dana Okafor told reporters that the Harbor Authority of Riverton would look at the Nova plan.\n',
    'c.txt': 'A vote was delayed.\nDana Okafor, the mayor, said the Nova plan needed more work, and Mrs. Okafor took questions.\n'
  }
  const second = {
    'x.txt': 'The board met late.\nChair Tomas Vale said the Nova plan was sound and the NOVA board would meet again.\n',
    'y.txt': 'Members disagreed.\nTomas Vale said the Nova plan was sound.\n'
  }

  test('one story compared twice gives the same naming entries', () => {
    expect(storyOfTexts(first).naming).toEqual(storyOfTexts(first).naming)
  })

  test('another story between gives each its own entries', () => {
    const before = storyOfTexts(first).naming
    const other = storyOfTexts(second).naming
    expect(storyOfTexts(first).naming).toEqual(before)
    const files = new Set(other.flatMap((entry) => entry.variants.flatMap((variant) => variant.files)))
    expect([...files].every((file) => file === 'x.txt' || file === 'y.txt')).toBe(true)
    const nova = before.find((entry) => entry.variants.some((variant) => variant.form === 'NOVA'))
    expect(nova?.variants.map((variant) => variant.form).sort()).toEqual(['NOVA', 'Nova'])
  })
})
