import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle} from '../../src/index.js'
import {boundsOf, canBothHold} from '../../src/lib/story/quantity-bounds.js'

/** The quantities of a one-paragraph article written for the case. */
function quantities(sentence: string) {
  const article = parseArticle(`Headline here\n\n${sentence}`, {format: 'text', metadata: {published: '2024-05-10'}})
  return findClaims(article).flatMap((claim) => claim.quantities)
}

describe('number words and bounds', () => {
  test('vague plurals are approximate lower bounds', () => {
    const [dozens] = quantities('Dozens of workers walked out of the plant in protest.')
    expect(dozens).toMatchObject({value: 12, unit: 'worker', qualifier: 'more-than', approximate: true})
    const [hundreds] = quantities('Hundreds of residents gathered outside the town hall.')
    expect(hundreds).toMatchObject({value: 100, qualifier: 'more-than'})
  })

  test('"four dozen" is 48, and its bound is kept', () => {
    expect(quantities('The panel sent at least four dozen letters to the agency.')[0]).toMatchObject({value: 48, qualifier: 'at-least'})
    expect(quantities('The panel sent almost four dozen letters to the agency.')[0]).toMatchObject({value: 48, qualifier: 'nearly'})
  })

  test('a quote that ends inside an amount keeps the scale after its mark', () => {
    expect(quantities('The mayor said, “we are asking for $4.2” billion for the bridge.')[0]).toMatchObject({value: 4_200_000_000, unit: 'USD'})
  })

  test('"one" as an idiom or a pronoun counts nothing', () => {
    expect(quantities('One reason for the delay was the weather at the port.')).toEqual([])
    expect(quantities('Critics called it a one-sided deal for the city council.')).toEqual([])
    expect(quantities('One of the drivers was taken to the hospital on Friday.')).toEqual([])
  })

  test('years are not counts; currencies stay with the value', () => {
    expect(quantities('In 2019 the council approved the plan for the harbour.')).toEqual([])
    expect(quantities('The mayor asked for $5.6 billion for the new bridge.')[0]).toMatchObject({value: 5.6e9, unit: 'USD'})
  })
})

describe('bounds honoured when comparing', () => {
  const q = (value: number, qualifier: 'exact' | 'about' | 'at-least' | 'nearly' | 'more-than' | 'less-than' | 'at-most' = 'exact', text = '') => boundsOf({value, qualifier, text})

  test('"at least 48" and "almost 48" cannot both hold', () => {
    expect(canBothHold(q(48, 'at-least'), q(48, 'nearly'))).toBe(false)
  })

  test('"about 50" and "48" can; "48" and "52" cannot', () => {
    expect(canBothHold(q(50, 'about'), q(48))).toBe(true)
    expect(canBothHold(q(48), q(52))).toBe(false)
  })

  test('"more than 40" and "45" can; "fewer than 40" and "45" cannot', () => {
    expect(canBothHold(q(40, 'more-than'), q(45))).toBe(true)
    expect(canBothHold(q(40, 'less-than'), q(45))).toBe(false)
  })

  test('"dozens" is more than 12 and less than 120', () => {
    const dozens = boundsOf({value: 12, qualifier: 'more-than', text: 'dozens of people'})
    expect(canBothHold(dozens, q(30))).toBe(true)
    expect(canBothHold(dozens, q(500))).toBe(false)
    expect(canBothHold(dozens, q(12))).toBe(false)
  })
})
