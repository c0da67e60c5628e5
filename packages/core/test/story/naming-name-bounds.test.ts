import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'
import {formsOf, entryWith} from './helpers-naming.js'

describe('naming: where a body’s name ends', () => {
  test('a possessive ends it: "the Vellmont Heritage Guild’s Orla Brisk" is no body of that name', () => {
    const {naming} = story({
      'a.txt': 'The pier is unsafe, said the Vellmont Heritage Guild’s Orla Brisk on a windy quay. Brisk wants it shut.',
      'b.txt': 'Orla Brisk, who chairs the Vellmont Heritage Guild, wants the old pier shut. The Guild voted with her.'
    })
    expect(naming.filter((entry) => entry.kind !== 'person').flatMap(formsOf).some((form) => /Brisk|Orla/.test(form))).toBe(false)
  })

  test('a possessive inside the name stays when a body’s word comes after it ("Tarrow Mariners’ Rescue Board")', () => {
    const {naming} = story({
      'a.txt': 'The Tarrow Mariners’ Rescue Board sent two boats past the reef at dawn.',
      'b.txt': 'Two boats went out past the reef at dawn, sent by the Tarrow Mariners’ Rescue Board (TMRB).'
    })
    expect(formsOf(entryWith(naming, 'TMRB')).some((form) => /Tarrow Mariners.? Rescue Board/.test(form))).toBe(true)
  })

  test('a weekday closing the sentence is no part of it ("at the Dunmere Port Council on Thursday.")', () => {
    const {naming} = story({
      'a.txt': 'The ferry captains met at the Dunmere Port Council on Thursday. Fares will rise.',
      'b.txt': 'Fares will rise after the ferry captains met the Dunmere Port Council (DPC).'
    })
    const forms = naming.flatMap(formsOf)
    expect(forms.some((form) => /Thursday/.test(form))).toBe(false)
    expect(formsOf(entryWith(naming, 'DPC'))).toContain('Dunmere Port Council')
  })

  test('a function word opening the sentence is no part of it ("On Quillmark Radio’s morning hour")', () => {
    const {naming} = story({
      'a.txt': 'The mill will close. On Quillmark Radio’s morning hour, the owner said so twice.',
      'b.txt': 'The owner told Quillmark Radio the mill will close.'
    })
    expect(naming.flatMap(formsOf).some((form) => /^On /.test(form))).toBe(false)
  })
})

describe('naming: a body is no short form of a longer one that holds it', () => {
  test('"N.S." is a word of "N.S. Senate", not its abbreviation (whose initials are NS too)', () => {
    const {naming} = story({
      'a.txt': 'Halvard Oskeby, a N.S. Senate hopeful in 2010, blamed sluggish N.S. growth on ferry tariffs.',
      'b.txt': 'Halvard Oskeby, once a N.S. Senate hopeful, blamed ferry tariffs for sluggish growth in N.S. ports.'
    })
    expect(naming.some((entry) => formsOf(entry).includes('N.S.') && formsOf(entry).includes('N.S. Senate'))).toBe(false)
  })

  test('"the Harlow Transit Authority Office of Permits" is an office within the authority, not the authority', () => {
    const {naming} = story({
      'a.txt': 'The Harlow Transit Authority Office of Permits denied the bus depot plan. The Harlow Transit Authority backed the denial.',
      'b.txt': 'The bus depot plan was denied; the Harlow Transit Authority backed the decision.'
    })
    expect(formsOf(entryWith(naming, 'Harlow Transit Authority'))).not.toContain('Harlow Transit Authority Office of Permits')
  })

  test('a short form of the same body still joins it ("the Vosk Center" for "the Vosk Center for Coastal Studies")', () => {
    const {naming} = story({
      'a.txt': 'The Vosk Center for Coastal Studies mapped the reef in March, and the Vosk Center will map the bay next.',
      'b.txt': 'The reef was mapped in March by the Vosk Center for Coastal Studies.'
    })
    expect(formsOf(entryWith(naming, 'Vosk Center for Coastal Studies'))).toContain('Vosk Center')
  })
})

describe('naming: "The" opening a sentence after a no-break space', () => {
  test('is the sentence’s capital, not a way of writing the name', () => {
    const {naming} = story({
      'a.txt': 'The ferry fares went up in May.\u00a0The Quillmark campaign blamed the council. Later the Quillmark campaign said it would sue.',
      'b.txt': 'Ferry fares went up in May, and the Quillmark campaign blamed the council.'
    })
    expect(naming.flatMap(formsOf)).not.toContain('The Quillmark')
  })
})
