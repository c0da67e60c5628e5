import {describe, expect, test} from 'vitest'
import {storyOfTexts} from './helpers-story.js'

// Naming reads each distinct line once, kept with what the words around it say: a line
// shared by two outlets is read again when its neighbours differ where they count.
describe('naming: a shared line beside different neighbours', () => {
  test('a word in capitals before a shouted line is not a spelling; the same line elsewhere is', () => {
    const story = storyOfTexts({
      'a.txt': 'Omar Reyes told the board the ferry plan is called NOVA\nMORE LATER\n',
      'b.txt': 'Omar Reyes told the board the ferry plan is called NOVA\nIt would start in Marle next spring.\n',
      'c.txt': 'Sara Lund, who runs the port, wrote that the Nova scheme could wait a year.\n'
    })
    const nova = story.naming.find((entry) => entry.variants.some((variant) => variant.form === 'NOVA'))
    expect(nova?.variants.find((variant) => variant.form === 'NOVA')?.files).toEqual(['b.txt'])
    expect(nova?.variants.find((variant) => variant.form === 'Nova')?.files).toEqual(['c.txt'])
  })

  test('the same story read twice, in either order, names alike', () => {
    const texts = {
      'a.txt': 'The Varik Water Board met.\nIts chair said the re-open date holds.\n',
      'b.txt': 'Its chair said the re-open date holds.\nThe Varik Water Board met.\n',
      'c.txt': 'Dana Okafor said the reopen date holds for the Varik Water Board.\n'
    }
    const reversed = Object.fromEntries(Object.entries(texts).reverse())
    const sorted = (naming: ReturnType<typeof storyOfTexts>['naming']) => naming.map((entry) => entry.variants.map((v) => `${v.form}:${[...v.files].sort().join(',')}`).sort().join(' ')).sort()
    expect(sorted(storyOfTexts(texts).naming)).toEqual(sorted(storyOfTexts(reversed).naming))
  })
})
