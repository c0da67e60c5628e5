import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** Date conflicts of this finder (sentences close enough to be one fact are also compared inside their group, by another). */
const actDates = (files: Record<string, string>) => story(onOneStory(files)).conflicts.filter((c) => c.kind === 'date' && /actor, act and object/.test(c.reason))

/** Articles on one story share a fact: an article that shares none is on another story, and raises no conflict. */
function onOneStory(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, `${text} The reservoir would have flooded 40 farms along the upper Marrow valley.`]))
}

describe('one act dated to different days, in sentences that are not one fact', () => {
  test('the same actor, verb and object on two days is raised', () => {
    const files = {
      'a.txt': 'Governor Ilse Brandvold vetoed the Marrow Creek dam bill on Monday, handing valley farmers a defeat they had spent three years trying to avoid.',
      'b.txt': 'Anglers, kayak guides and two tribal councils cheered when Brandvold vetoed the Marrow Creek dam bill on Wednesday.'
    }
    const found = actDates(files)
    expect(found).toHaveLength(1)
    expect(found[0]!.reason).toMatch(/actor, act and object/)
    expect(found[0]!.members.map((m) => m.value).sort()).toEqual(['2025-02-26', '2025-03-03'])
    expectValidSpans(story(onOneStory(files)), texts(onOneStory(files)))
  })

  test('a day given at midnight against the next day is raised at the least confidence', () => {
    const found = actDates({
      'a.txt': 'Commuters found locked gates after the Quillon port authority closed the northern ferry terminal at midnight Sunday.',
      'b.txt': 'The Quillon port authority closed the northern ferry terminal on Monday, citing a cracked loading ramp and unpaid dock fees.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.confidence).toBe(0.5)
  })

  test('the same day in both outlets raises nothing', () => {
    expect(actDates({
      'a.txt': 'Brandvold vetoed the Marrow Creek dam bill on Monday.',
      'b.txt': 'Brandvold vetoed the Marrow Creek dam bill Monday, ending a long fight.'
    })).toHaveLength(0)
  })

  test('two objects of one kind (two named bills) are two acts', () => {
    expect(actDates({
      'a.txt': 'Brandvold vetoed the Marrow Creek bill on Monday.',
      'b.txt': 'Brandvold vetoed the Tollen Ridge bill on Wednesday.'
    })).toHaveLength(0)
  })

  test('different acts on different days (vetoed, signed) raise nothing', () => {
    expect(actDates({
      'a.txt': 'Brandvold vetoed the Marrow Creek dam bill on Monday.',
      'b.txt': 'Brandvold signed the Marrow Creek dam bill on Wednesday.'
    })).toHaveLength(0)
  })

  test('an outlet that gives the act two days has two acts, not a conflict', () => {
    expect(actDates({
      'a.txt': 'Brandvold vetoed the Marrow Creek dam bill on Monday. Brandvold vetoed the Marrow Creek dam bill again on Wednesday after a rewrite.',
      'b.txt': 'Brandvold vetoed the Marrow Creek dam bill on Wednesday.'
    })).toHaveLength(0)
  })

  test('a verb of saying, a negated act and a deadline are no dated act', () => {
    expect(actDates({
      'a.txt': 'Brandvold said the dam bill was flawed on Monday. Brandvold did not veto the Marrow Creek dam bill on Tuesday. Brandvold must answer the Marrow Creek dam bill by Friday.',
      'b.txt': 'Brandvold said the dam bill was flawed on Wednesday. Brandvold vetoed the Marrow Creek dam bill on Thursday.'
    })).toHaveLength(0)
  })

  test('an object of one generic word is too little to be one act', () => {
    expect(actDates({
      'a.txt': 'Senator Oda Varnell won the primary on Tuesday.',
      'b.txt': 'Senator Oda Varnell won the primary on Saturday.'
    })).toHaveLength(0)
  })

  test('a passive with a named subject is one act; a capital that only opens the sentence is no name', () => {
    expect(actDates({
      'a.txt': 'Port inspectors cheered when harbour pilot Enno Vasquez was suspended on Monday, ending a bitter dispute over tug fees.',
      'b.txt': 'Harbour pilot Enno Vasquez was suspended on Wednesday.'
    })).toHaveLength(1)
    expect(actDates({
      'a.txt': 'Invoices were released on Monday, ending a bitter dispute over tug fees.',
      'b.txt': 'Invoices were released on Wednesday.'
    })).toHaveLength(0)
  })
})
