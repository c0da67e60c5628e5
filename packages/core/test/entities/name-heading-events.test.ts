import {describe, expect, test} from 'vitest'
import {findEntities, parseArticle} from '../../src/index.js'

const people = (text: string) => findEntities(parseArticle(text, {format: 'text'})).entities.filter((entity) => entity.kind === 'person')

describe('findEntities: headline runs and gatherings', () => {
  test('a headline run ending in a name the body writes is cut to that name ("Pilots Cheer Tova Ridley")', () => {
    const found = people('Harbor Pilots Cheer Tova Ridley Over Dredging Plan\n\nTova Ridley, who runs the port, promised deeper berths on Friday. Ridley said work starts soon.')
    const ridley = found.find((entity) => entity.forms.includes('Tova Ridley'))
    expect(ridley?.name).toBe('Tova Ridley')
    expect(found.some((entity) => entity.forms.some((form) => /Cheer/.test(form)))).toBe(false)
  })

  test('a headline run that is no name the body writes joins no one ("Unflustered Ridley"), a short given name still does ("Jim Ostrander")', () => {
    const found = people('Unflustered Ridley Is Back At Work\n\nTova Ridley, who runs the port, waited on Friday. Ridley said little.')
    expect(found.some((entity) => entity.forms.includes('Unflustered Ridley'))).toBe(false)
    const short = people('Jim Ostrander Returns To Quillby\n\nJames Ostrander came back to the mill town on Friday. Ostrander said he missed it.')
    expect(short.find((entity) => entity.forms.includes('James Ostrander'))?.forms).toContain('Jim Ostrander')
  })

  test('a gathering named for a region is no person ("Northern Growers National Convention")', () => {
    const found = people('Delegates met at the Northern Growers National Convention in May, a week after the Southern Growers National Convention closed.')
    expect(found.some((entity) => /Convention/.test(entity.name))).toBe(false)
  })
})
