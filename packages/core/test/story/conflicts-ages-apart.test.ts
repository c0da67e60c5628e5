import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const numbers = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.kind === 'number')

describe('two ages in aligned sentences are not one counted thing', () => {
  test("a father's age and a nurse's age raise no number conflict", () => {
    expect(numbers({
      'a.txt': 'At the Quillport harbour rally on Monday, Tomas Velde said Ines Marrow would have to bring her father along at 85 years old.',
      'b.txt': 'At the Quillport harbour rally on Monday, a 47-year-old nurse asked Tomas Velde why Ines Marrow would bring her father along.'
    })).toHaveLength(0)
  })

  test('one counted thing in the same sentences still conflicts', () => {
    expect(numbers({
      'a.txt': 'At the Quillport harbour rally on Monday, Tomas Velde said 85 boats would leave the harbour with Ines Marrow.',
      'b.txt': 'At the Quillport harbour rally on Monday, Tomas Velde said 47 boats would leave the harbour with Ines Marrow.'
    })).toHaveLength(1)
  })
})
