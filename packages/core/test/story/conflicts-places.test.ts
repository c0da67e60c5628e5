import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

const places = (files: Record<string, string>) => story(files, '2025-03-07').conflicts.filter((c) => c.kind === 'place')

describe('place: one event put in different places', () => {
  test('"the blaze in Marle" against "… in Varik"', () => {
    const files = {
      'a.txt': 'Crews fought the blaze in Marle for six hours before the grain depot roof fell in, the regional fire chief Omar Reyes said.',
      'b.txt': 'The grain depot roof fell in after the blaze in Varik burned for six hours, according to fire chief Omar Reyes.'
    }
    const result = story(files, '2025-03-07')
    const conflict = result.conflicts.find((c) => c.kind === 'place')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.value).sort()).toEqual(['Marle', 'Varik'])
    expect(conflict!.reason).toMatch(/blaze/)
    expect(conflict!.confidence).toBeGreaterThan(0.3)
    expect(conflict!.confidence).toBeLessThanOrEqual(0.7)
    expectValidSpans(result, texts(files))
  })

  test('the same place either way raises none', () => {
    expect(places({
      'a.txt': 'Crews fought the blaze in Marle for six hours before the grain depot roof fell in, the regional fire chief Omar Reyes said.',
      'b.txt': 'The grain depot roof fell in after the blaze in Marle burned for six hours, according to fire chief Omar Reyes.'
    })).toHaveLength(0)
  })

  test('an outlet that also names the other place (a town and its region, or a second event) raises none', () => {
    expect(places({
      'a.txt': 'Crews fought the blaze in Marle for six hours before the grain depot roof fell in, the regional fire chief Omar Reyes said. Marle lies in the hills above Varik.',
      'b.txt': 'The grain depot roof fell in after the blaze in Varik burned for six hours, according to fire chief Omar Reyes.'
    })).toHaveLength(0)
  })

  test('two events of one kind dated to different days stay two', () => {
    expect(places({
      'a.txt': 'Crews fought the blaze in Marle on Monday for six hours before the grain depot roof fell in, fire chief Omar Reyes said.',
      'b.txt': 'The grain depot roof fell in after the blaze in Varik on Wednesday burned for six hours, according to fire chief Omar Reyes.'
    })).toHaveLength(0)
  })

  test('a place that belongs to another phrase is not the event\'s ("talks with leaders in Varik")', () => {
    expect(places({
      'a.txt': 'Sara Lund held talks with farm leaders in Varik about the grain depot fire and its six hour blaze.',
      'b.txt': 'Sara Lund held talks in Marle with farm leaders about the grain depot fire and its six hour blaze.'
    })).toHaveLength(0)
  })
})
