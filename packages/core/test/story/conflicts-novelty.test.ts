import {describe, expect, test} from 'vitest'
import {expectValidSpans, story, texts} from './helpers-story.js'

/** A sentence every article of a fixture shares, so the articles are on one story. */
const shared = ' The Riverton harbour board released the audit files to the city council on Tuesday.'

describe('novelty: "nothing new" against "something new" about one subject', () => {
  test('a relative clause saying the files hold nothing new, against two outlets that find new details', () => {
    const files = {
      'a.txt': 'The audit files, which contain no new information that Mayor Dana Okafor had not already disclosed, were sent to reporters.' + shared,
      'b.txt': 'The audit files include previously undisclosed emails between Okafor and the harbour master.' + shared,
      'c.txt': 'Auditors said the audit files hold material that was not reported before by any council member.' + shared
    }
    const result = story(files)
    const conflict = result.conflicts.find((c) => c.kind === 'contradiction' && /nothing new/.test(c.summary))
    expect(conflict).toBeDefined()
    expect(conflict!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt', 'c.txt'])
    expect(conflict!.members.find((m) => m.file === 'a.txt')!.value).toBe('nothing new')
    expect(conflict!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(conflict!.reason).toMatch(/nothing new/)
    expectValidSpans(result, texts(files))
  })

  test('a second verb phrase saying nothing new is about the subject it shares', () => {
    const result = story({
      'a.txt': 'The audit files reached the council on Monday and contained no new information about the harbour contracts.' + shared,
      'b.txt': 'The audit files include previously undisclosed emails between Okafor and the harbour master.' + shared
    })
    const conflict = result.conflicts.find((c) => c.kind === 'contradiction' && /nothing new/.test(c.summary))
    expect(conflict?.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('"new" that is no information ("new roads") raises none', () => {
    const result = story({
      'a.txt': 'The audit files contain no new information about the harbour contracts, aides said.' + shared,
      'b.txt': 'The audit files include new roads and a second pier in the plans for the harbour.' + shared
    })
    expect(result.conflicts.filter((c) => /nothing new/.test(c.summary))).toHaveLength(0)
  })

  test('"a few details" is something, not nothing new', () => {
    const result = story({
      'a.txt': 'The audit files include a few details about the harbour contracts.' + shared,
      'b.txt': 'The audit files include previously undisclosed emails between Okafor and the harbour master.' + shared
    })
    expect(result.conflicts.filter((c) => /nothing new/.test(c.summary))).toHaveLength(0)
  })

  test('two different subjects raise none', () => {
    const result = story({
      'a.txt': 'The audit files contain no new information about the harbour contracts.' + shared,
      'b.txt': 'The mayor\'s testimony included previously undisclosed meetings with the harbour master.' + shared
    })
    expect(result.conflicts.filter((c) => /nothing new/.test(c.summary))).toHaveLength(0)
  })

  test('outlets that agree there is something new raise none', () => {
    const result = story({
      'a.txt': 'The audit files include previously undisclosed emails between Okafor and the harbour master.' + shared,
      'b.txt': 'The audit files reveal new details about the harbour contracts.' + shared
    })
    expect(result.conflicts.filter((c) => /nothing new/.test(c.summary))).toHaveLength(0)
  })
})
