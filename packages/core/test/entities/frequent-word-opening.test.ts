import {describe, expect, test} from 'vitest'
import {findEntities, parseArticle} from '../../src/index.js'

const names = (text: string) => findEntities(parseArticle(`Harbor report\n\n${text}`, {format: 'text'})).entities.map((entity) => entity.name)

describe('a frequent word opening a sentence before a plural', () => {
  test('modifies the plural: no person is named', () => {
    const found = names('New surveys suggest the ferry plan is popular. Young riders say the boats are late. Two councillors want a vote.')
    expect(found).not.toContain('New')
    expect(found).not.toContain('Young')
    expect(found).not.toContain('Two')
  })

  test('a name opening a sentence before a verb in -s is still a person', () => {
    expect(names('Okafor says the ferry will run. Vantrell wants a recount.')).toEqual(expect.arrayContaining(['Okafor', 'Vantrell']))
  })

  test('a frequent word the article also writes mid-sentence as a name stays a name', () => {
    expect(names('The harbor master, Hope, spoke first. Hope says the pier is safe.')).toContain('Hope')
  })
})
