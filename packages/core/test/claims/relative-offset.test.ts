import {describe, expect, test} from 'vitest'
import {relativeOffsetOf} from '../../src/lib/claims/relative-offset.js'

describe('relativeOffsetOf', () => {
  test('reads the offset of weeks, days, months and years from the day of writing', () => {
    expect(relativeOffsetOf('last week')).toEqual({unit: 'week', offset: -1})
    expect(relativeOffsetOf('Two weeks ago')).toEqual({unit: 'week', offset: -2})
    expect(relativeOffsetOf('a week ago')).toEqual({unit: 'week', offset: -1})
    expect(relativeOffsetOf('3 days ago')).toEqual({unit: 'day', offset: -3})
    expect(relativeOffsetOf('yesterday')).toEqual({unit: 'day', offset: -1})
    expect(relativeOffsetOf('this year')).toEqual({unit: 'year', offset: 0})
    expect(relativeOffsetOf('next month')).toEqual({unit: 'month', offset: 1})
  })

  test('weekdays, vague words and "the past week" name no offset', () => {
    for (const text of ['on Thursday', 'recently', 'earlier', 'past week', 'in recent weeks', 'dozen weeks ago', 'several weeks ago']) {
      expect(relativeOffsetOf(text)).toBeNull()
    }
  })
})
