import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** Articles on one story share a fact besides the quote. */
function onOneStory(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, `${text} The harbour board wants ferry fares on the Pellan crossing raised by a third.`]))
}

/** Conflicts of this finder: one quote said on different days. */
const quoteDays = (files: Record<string, string>) => dateConflicts(files).filter((c) => /same words of/.test(c.reason))
/** Every date conflict: a day raised once, by whichever finder reads it. */
const dateConflicts = (files: Record<string, string>) => story(onOneStory(files)).conflicts.filter((c) => c.kind === 'date')

describe('one quote said on different days, as two outlets tell it', () => {
  test('sentences close enough to be one fact: raised once, by the claim group\'s day', () => {
    const found = dateConflicts({
      'a.txt': 'Harbour commissioner Petra Odlum admitted Monday that the toll plan "will cost ferry families far more than anyone told the council last spring."',
      'b.txt': 'Speaking to dock workers on Thursday, Odlum conceded: "The toll plan will cost ferry families far more than anyone told the council last spring."'
    })
    expect(found).toHaveLength(1)
  })

  test('the day beside each reporting verb differs: raised', () => {
    const files = {
      'a.txt': 'While harbour commissioner Petra Odlum admitted Monday that the toll plan faced "a steep climb" in the council, her aides still count on the dock unions to carry it through the spring session.',
      'b.txt': 'Odlum herself conceded at a dockside gathering Thursday night that "this plan has a steep climb ahead" unless the unions sign on.'
    }
    const found = quoteDays(files)
    expect(found).toHaveLength(1)
    expect(found[0]!.confidence).toBe(0.6)
    expect(found[0]!.members.map((m) => m.value).sort()).toEqual(['Monday (2025-03-03)', 'Thursday night (2025-02-27)'])
    expectValidSpans(story(onOneStory(files)), texts(onOneStory(files)))
  })

  test('a day read from the sentence before an undated quote is raised at the least confidence', () => {
    const found = quoteDays({
      'a.txt': 'The harbour council voted down the toll plan on Monday evening. Right after the vote, Odlum wrote on her campaign page: "We lost a battle, and the ferry families lost a whole season of fares."',
      'b.txt': 'Odlum wrote on Saturday: "We lost a battle, and the ferry families lost a whole season of fares."'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.confidence).toBe(0.5)
  })

  test('the last hours of a day against the following day are raised at the least confidence', () => {
    const found = quoteDays({
      'a.txt': 'Odlum told a town meeting Sunday night: "Nobody on this board has ridden the Pellan ferry in a decade."',
      'b.txt': 'Odlum said on Monday: "Nobody on this board has ridden the Pellan ferry in a decade."'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.confidence).toBe(0.5)
    expect(found[0]!.reason).toMatch(/either side of midnight/)
  })
})

describe('look-alikes that raise nothing', () => {
  test('the same day in both outlets', () => {
    expect(quoteDays({
      'a.txt': 'Odlum admitted Monday that the toll plan "will cost ferry families far more than anyone told the council last spring."',
      'b.txt': 'Odlum said on Monday: "The toll plan will cost ferry families far more than anyone told the council last spring."'
    })).toHaveLength(0)
  })

  test('a line the speaker repeats ("said again") is no one act', () => {
    expect(dateConflicts({
      'a.txt': 'Odlum said again on Monday: "Nobody on this board has ridden the Pellan ferry in a decade."',
      'b.txt': 'Odlum said on Thursday: "Nobody on this board has ridden the Pellan ferry in a decade."'
    })).toHaveLength(0)
  })

  test('an outlet that gives the words two days has the speaker saying them twice', () => {
    expect(quoteDays({
      'a.txt': 'Odlum said on Thursday: "Nobody on this board has ridden the Pellan ferry in a decade." She said on Monday: "Nobody on this board has ridden the Pellan ferry in a decade."',
      'b.txt': 'Odlum said on Monday: "Nobody on this board has ridden the Pellan ferry in a decade."'
    })).toHaveLength(0)
  })

  test('a day far from the reporting verb dates something else', () => {
    expect(quoteDays({
      'a.txt': 'Odlum said "nobody on this board has ridden the Pellan ferry in a decade" as she walked out of a hearing that had been called for Thursday.',
      'b.txt': 'Odlum said on Monday: "Nobody on this board has ridden the Pellan ferry in a decade."'
    })).toHaveLength(0)
  })

  test('a sentence that moves off the day before it ("two days later") takes no day from it', () => {
    expect(quoteDays({
      'a.txt': 'The harbour council voted down the toll plan on Monday. Two days later Odlum wrote: "We lost a battle, and the ferry families lost a whole season of fares."',
      'b.txt': 'Odlum wrote on Wednesday: "We lost a battle, and the ferry families lost a whole season of fares."'
    })).toHaveLength(0)
  })
})

describe('undated quotes after a dated sentence', () => {
  test('the day of what the quote speaks of is not the day it was said', () => {
    expect(quoteDays({
      'a.txt': 'Smugglers torched the Pellan customs shed on Sunday. According to harbour commissioner Petra Odlum, the board was "stunned and furious" at the news.',
      'b.txt': 'The Pellan customs shed fire of Friday came up at the meeting. Odlum said the board was "stunned and furious" at the news.'
    })).toHaveLength(0)
  })
})

describe('the tense of a dated clause', () => {
  test('a quotation\'s future tense does not move a past weekday forward', () => {
    const dates = story({'a.txt': 'Odlum conceded at a dockside gathering Monday night that "the tolls will sink us in the spring vote" unless the unions sign on.'}).claims.flatMap((c) => c.dates)
    expect(dates.map((d) => d.from)).toEqual(['2025-03-03'])
  })

  test('a weekday inside the quotation keeps the quotation\'s tense', () => {
    const dates = story({'a.txt': 'The clerk went on, "We will ask the court to rule quickly if the count on Thursday is close."'}).claims.flatMap((c) => c.dates)
    expect(dates.map((d) => d.from)).toEqual(['2025-03-06'])
  })
})
