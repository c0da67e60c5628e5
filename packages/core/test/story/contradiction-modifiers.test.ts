import {describe, expect, test} from 'vitest'
import {polarityOf} from '../../src/lib/story/polarity.js'
import {story} from './helpers-story.js'

const contradictions = (files: Record<string, string>) => story(files).conflicts.filter((c) => c.kind === 'contradiction')

describe('a negating prefix on a modifier of another thing is no contradiction', () => {
  test('"unregistered boats" against "registered voters" raises nothing', () => {
    expect(contradictions({
      'a.txt': 'Harbour master Tomas Velde of Quillport said the marina still moors dozens of unregistered jet-skis near the old pier.',
      'b.txt': 'Harbour master Tomas Velde of Quillport told registered voters at the pier that the marina will be rebuilt.'
    })).toHaveLength(0)
  })

  test('one modified thing, or a predicated participle, still compares', () => {
    expect(contradictions({
      'a.txt': 'Harbour master Tomas Velde of Quillport admitted the marina moors unregistered boats near the old pier.',
      'b.txt': 'Harbour master Tomas Velde of Quillport said the marina moors only registered boats near the old pier.'
    })).toHaveLength(1)
    expect(contradictions({
      'a.txt': 'The repair plan for the Quillport pier has never been approved formally, harbour master Tomas Velde said.',
      'b.txt': 'Harbour master Tomas Velde said the Quillport pier repair plan was not an unapproved plan at all.'
    })).toHaveLength(1)
  })

  test('a word before its noun is attributive; after a verb of being it is not', () => {
    const modifier = polarityOf('The marina moors unregistered boats.').find((w) => w.word === 'registered')!
    expect(modifier.attributive).toBe(true)
    const predicate = polarityOf('The plan has never been approved formally.').find((w) => w.word === 'approved')!
    expect(predicate.attributive).toBeUndefined()
  })
})
