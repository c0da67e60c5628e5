import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

describe('naming: a family sharing a surname', () => {
  test('an honorific of one sex is never a form of a name of the other', () => {
    const result = story({
      'a.txt': 'Retired mayor Bertram Pellicore toured Drummond on Friday beside his spouse, Wanda Pellicore, who seeks a seat on the county bench. Mr. Pellicore assured onlookers the mill would reopen. Mrs. Pellicore pledged cheaper water.',
      'b.txt': 'Wanda Pellicore, who seeks a county bench seat, toured Drummond on Friday beside her spouse, retired mayor Bertram Pellicore. Mrs. Pellicore pledged cheaper water, and Mr. Pellicore assured onlookers the mill would reopen.'
    })
    const forms = (name: string) => result.naming.find((entry) => entry.name === name)?.variants.map((variant) => variant.form) ?? []
    expect(forms('Bertram Pellicore')).not.toContain('Mrs. Pellicore')
    expect(forms('Wanda Pellicore')).not.toContain('Mr. Pellicore')
    expect(forms('Wanda Pellicore')).toContain('Mrs. Pellicore')
  })

  test('a given name in both lists reads by the names it is short for ("Ricky": Richard, Eric)', () => {
    const result = story({
      'a.txt': 'Retired mayor Ricky Pellicore toured Drummond on Friday beside his spouse, Wanda Pellicore, who seeks a seat on the county bench. Mrs. Pellicore pledged cheaper water.',
      'b.txt': 'Wanda Pellicore, who seeks a county bench seat, toured Drummond on Friday beside her spouse, retired mayor Ricky Pellicore. Mrs. Pellicore pledged cheaper water.'
    })
    const forms = result.naming.find((entry) => entry.name === 'Ricky Pellicore')?.variants.map((variant) => variant.form) ?? []
    expect(forms).not.toContain('Mrs. Pellicore')
  })
})
