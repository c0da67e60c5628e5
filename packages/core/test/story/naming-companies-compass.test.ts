import {describe, expect, test} from 'vitest'
import {findEntities} from '../../src/lib/entities/find-entities.js'
import {parseArticle} from '../../src/index.js'
import {story} from './helpers-story.js'

const formsOf = (files: Record<string, string>) => story(files).naming.map((entry) => entry.variants.map((v) => v.form).sort())

describe('naming: a company and its short form', () => {
  test('a name closed by a trade word is a company, never a person', () => {
    const found = findEntities(parseArticle('Regulators fined Marle Wireless on Tuesday after an outage cut service in Riverton.', {format: 'text'}))
    expect(found.entities.find((e) => e.name === 'Marle Wireless')?.kind).toBe('organization')
  })

  test('"a Marle subsidiary" in one outlet and "Marle Wireless" in another are one company', () => {
    expect(formsOf({
      'a.txt': 'Regulators fined Marle Wireless on Tuesday after an outage cut service to its customers in Riverton.',
      'b.txt': 'The outage at a Marle subsidiary left Riverton without phone service for a day, officials said.'
    })).toContainEqual(['Marle', 'Marle Wireless'])
  })

  test('a lone surname of a person named in full stays a person', () => {
    const forms = formsOf({
      'a.txt': 'Ines Okafor founded Okafor Airlines in Varik, and the carrier now flies to Riverton twice a day.',
      'b.txt': 'Okafor said on Monday that the carrier would add a third daily flight.'
    })
    expect(forms).not.toContainEqual(['Okafor', 'Okafor Airlines'])
  })
})

describe('naming: one thing described by compass points of two grains', () => {
  test('"the northern ridge" and "the northwestern ridge" across outlets', () => {
    expect(formsOf({
      'a.txt': 'Fire crews held the line along the northern ridge overnight, Dana Okafor said.',
      'b.txt': 'Crews kept the blaze off the northwestern ridge above Marle on Sunday, according to Dana Okafor.'
    })).toContainEqual(['northern ridge', 'northwestern ridge'])
  })

  test('two finer points of one coarse point name two places; one outlet alone proves nothing', () => {
    expect(formsOf({
      'a.txt': 'Storms hit the eastern coast, then the northeastern coast and the southeastern coast by night.',
      'b.txt': 'Tomas Vel said the eastern coast lost power.'
    }).some((forms) => forms.some((form) => /coast/.test(form)))).toBe(false)
    expect(formsOf({
      'a.txt': 'Sara Lund walked the western trail, then the southwestern trail.',
      'b.txt': 'Sara Lund finished her walk near Marle on Friday.'
    }).some((forms) => forms.some((form) => /trail/.test(form)))).toBe(false)
  })
})
