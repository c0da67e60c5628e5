import {describe, expect, test} from 'vitest'
import {findHandovers} from '../../src/lib/story/find-handovers.js'
import type {StoryClaim} from '../../src/lib/story/types.js'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The Tarrow bridge audit found cracks in four of the piers, Riverton officials said on Monday.'

function claimOf(text: string): StoryClaim {
  return {file: 'a.txt', article: 'a', start: 0, end: text.length, text, claim: 'c1', stance: 'asserted', quantities: [], dates: [], assertor: null}
}

describe('handovers in a sentence', () => {
  test('what was passed, to whom, through which channel', () => {
    const [handover] = findHandovers(claimOf('Inspector Lena Moss read the findings over the telephone to the mayor\'s lawyers, who wrote them down.'))
    expect(handover).toMatchObject({verb: 'read', medium: 'spoken', recipient: 'lawyer', channel: 'telephone'})
    expect([...handover!.themeWords.values()]).toContain('findings')
  })

  test('a passive is about its subject; a disclosure may name who made it', () => {
    const [handover] = findHandovers(claimOf('The audit files, which run to 40 pages, were released by the Riverton council on Thursday.'))
    expect(handover).toMatchObject({verb: 'released', authority: 'open', agent: true})
    expect([...handover!.themeWords.values()]).toContain('files')
  })

  test('no recipient, channel or agent, an idiom, or a quotation: no handover', () => {
    expect(findHandovers(claimOf('Inspector Lena Moss read the findings before the vote.'))).toHaveLength(0)
    expect(findHandovers(claimOf('No engineer provided evidence to the contrary.'))).toHaveLength(0)
    expect(findHandovers(claimOf('"We sent the findings to the mayor," Moss said.'))).toHaveLength(0)
    expect(findHandovers(claimOf('The council agreed to send inspectors back.'))).toHaveLength(0)
  })
})

describe('one handover told differently by two outlets', () => {
  test('different recipients and media: one conflict with each outlet\'s telling', () => {
    const files = {
      'a.txt': 'Inspector Lena Moss has given a list of the audit findings to lawyers for Mayor Dana Okafor.' + shared,
      'b.txt': 'Inspector Lena Moss read the audit findings over the telephone to the Riverton council.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'event')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(conflict!.reason).toMatch(/recipients/)
    expect(conflict!.summary).toMatch(/findings/)
    expectValidSpans(result, texts(files))
  })

  test('an outlet that copies one telling word for word joins the conflict with its own sentence', () => {
    const copied = 'Inspector Lena Moss has given a list of the audit findings to lawyers for Mayor Dana Okafor.' + shared
    const files = {
      'a.txt': copied,
      'b.txt': 'Inspector Lena Moss read the audit findings over the telephone to the Riverton council.' + shared,
      'c.txt': copied
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'event')
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expectValidSpans(result, texts(files))
  })

  test('leaked against released', () => {
    const result = story({
      'a.txt': 'The audit files, which Moss wrote, were leaked to several news outlets late Thursday.' + shared,
      'b.txt': 'The audit files from Moss were released by the Riverton council on Thursday night.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'event')).toHaveLength(1)
  })

  test('one telling each way, or a slot one outlet leaves out: no conflict', () => {
    const same = story({
      'a.txt': 'Inspector Lena Moss sent the audit findings to the Riverton council.' + shared,
      'b.txt': 'Inspector Lena Moss handed the audit findings to the Riverton council in person.' + shared
    })
    expect(same.conflicts.filter((c) => c.kind === 'event')).toHaveLength(0)
  })

  test('recipients alone raise none: one leak reaches a columnist, her paper and "reporters" at once', () => {
    const result = story({
      'a.txt': 'Inspector Lena Moss leaked the audit findings to reporters at the Riverton Ledger.' + shared,
      'b.txt': 'Inspector Lena Moss was supplying the audit findings to columnist Ana Ruiz for months.' + shared,
      'c.txt': 'Inspector Lena Moss gave the audit findings to the U.N. housing office.' + shared
    })
    expect(result.conflicts.filter((c) => c.kind === 'event')).toHaveLength(0)
  })

  test('two handovers on two days, or of two things, stay two', () => {
    const days = story({
      'a.txt': 'Inspector Lena Moss sent the audit findings to the Riverton council on Feb. 3.' + shared,
      'b.txt': 'Inspector Lena Moss sent the audit findings to the state police on March 9.' + shared
    })
    expect(days.conflicts.filter((c) => c.kind === 'event')).toHaveLength(0)
    const things = story({
      'a.txt': 'Inspector Lena Moss sent the audit findings to the Riverton council.' + shared,
      'b.txt': 'Inspector Lena Moss sent her resignation letter to the state police.' + shared
    })
    expect(things.conflicts.filter((c) => c.kind === 'event')).toHaveLength(0)
  })
})
