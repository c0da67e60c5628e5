import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const aliases = (files: Record<string, string>) => story(files).naming.filter((entry) => entry.entity.startsWith('a'))

describe('naming: an alias an outlet spells out', () => {
  test('"the Marle Water Accord, which the council has renamed the Varik Basin Compact"', () => {
    const found = aliases({
      'a.txt': 'Farmers in Riverton say the Marle Water Accord, which the regional council has renamed the Varik Basin Compact, leaves them short each summer.',
      'b.txt': 'Dana Okafor, who chairs the regional council, defended the water sharing deal on Monday.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.variants.map((v) => v.form).sort()).toEqual(['Marle Water Accord', 'Varik Basin Compact'])
    expect(found[0]!.variants.every((v) => v.files.includes('a.txt'))).toBe(true)
  })

  test('"now known as" joins the two names; one outlet naming two things raises none', () => {
    expect(aliases({
      'a.txt': 'Grants come from the Riverton Harbour Fund, now known as the Coastal Works Trust, Tomas Vel said.',
      'b.txt': 'Tomas Vel said the Riverton Harbour Fund and the Coastal Works Trust both lost money in the storm.'
    }).map((e) => e.variants.map((v) => v.form).sort())).toEqual([['Coastal Works Trust', 'Riverton Harbour Fund']])
    expect(aliases({
      'a.txt': 'Tomas Vel said the Riverton Harbour Fund and the Coastal Works Trust both lost money in the storm.',
      'b.txt': 'The Coastal Works Trust, which Pavel Marek runs, repaired the pier.'
    })).toHaveLength(0)
  })
})
