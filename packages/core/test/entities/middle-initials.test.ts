import {describe, expect, test} from 'vitest'
import {findEntities, parseArticle} from '../../src/index.js'

const people = (text: string) => findEntities(parseArticle(text, {format: 'text'})).entities.filter((entity) => entity.kind === 'person')

describe('findEntities: a full name without the middle initials', () => {
  test('joins the one of two people (initials that differ) named last before it, never both', () => {
    const found = people('Harold P. Vantreece founded the mill. His son Harold R. Vantreece ran it later. In 1990 Harold Vantreece sold it. Long before, Harold P. Vantreece had built the dam, and Harold Vantreece was proud of it.')
    expect(found.map((entity) => entity.name).sort()).toEqual(['Harold P. Vantreece', 'Harold R. Vantreece'])
    const mentions = (name: string) => found.find((entity) => entity.name === name)!.mentions.map((mention) => mention.start)
    const text = 'Harold P. Vantreece founded the mill. His son Harold R. Vantreece ran it later. In 1990 '
    expect(mentions('Harold R. Vantreece')).toContain(text.length)
    expect(mentions('Harold P. Vantreece')).not.toContain(text.length)
  })

  test('with one person of the name, still joins them', () => {
    const found = people('Orla T. Benedek opened the hall. Later Orla Benedek said it would stay open.')
    expect(found.map((entity) => entity.name)).toEqual(['Orla T. Benedek'])
  })
})
