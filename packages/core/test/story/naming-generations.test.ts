import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'
import {formsOf, entryWith} from './helpers-naming.js'

describe('naming: generational suffixes', () => {
  test('"Dorian Marle Jr.", named after "Dorian Q. Marle", is his son, not a form of his name', () => {
    const {naming} = story({
      'a.txt': 'Dorian Q. Marle opened the new pier on Friday. His son, Dorian Marle Jr., cut the ribbon. Mr. Marle thanked the crews.',
      'b.txt': 'Dorian Marle opened the new pier on Friday and thanked the crews who built it.'
    })
    const father = naming.find((entry) => entry.name === 'Dorian Q. Marle')
    expect(formsOf(father)).toContain('Dorian Marle')
    expect(formsOf(father)).not.toContain('Dorian Marle Jr.')
  })

  test('"Tobin Vask III", later "Tobin Vask", is one man written short', () => {
    const {naming} = story({
      'a.txt': 'Tobin Vask III opened the mill on Friday. Later, Tobin Vask thanked the crews. Vask wants a second mill.',
      'b.txt': 'Tobin Vask opened the mill on Friday and wants a second one.'
    })
    const forms = formsOf(entryWith(naming, 'Tobin Vask III'))
    expect(forms).toContain('Tobin Vask')
  })
})
