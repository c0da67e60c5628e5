import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

// A shared first line puts the articles on one story: an article that shares nothing with the others raises no conflict.

describe('stance conflicts about a named antecedent', () => {
  test('"X, who … is believed to be Y-ing" is stated by a sentence opening with X that has Y in another form', () => {
    const result = story({
      'a.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nMs. Rusk, the former treasurer of the rowing club, stepped down last year and later agreed to cooperate with the authorities.',
      'b.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nThe club has also lost its treasurer, Dana Rusk, who resigned in March and is believed to be cooperating with the prosecutors in Hallam.',
      'c.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nRusk is now cooperating with the prosecutors in Hallam.'
    })
    // One conflict holds every outlet: the sentence that opens with Rusk states what b.txt distances.
    const stance = result.conflicts.filter((c) => c.kind === 'stance').map((c) => c.members.map((m) => m.file).sort().join(' '))
    expect(stance).toContain('a.txt b.txt c.txt')
  })

  test('the name and the verb alone are too little to raise a conflict', () => {
    const result = story({
      'a.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nMs. Rusk, the former treasurer of the rowing club, stepped down last year and later agreed to cooperate with the authorities.',
      'b.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nThe club has also lost its treasurer, Dana Rusk, who resigned in March and is believed to be cooperating with the prosecutors in Hallam.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })

  test('the verb alone, with someone else as the subject, states nothing about the antecedent', () => {
    const result = story({
      'a.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nThe rowing club of Hallam said in March that its board would cooperate with the prosecutors over the missing funds.',
      'b.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nThe club has also lost its treasurer, Dana Rusk, who resigned in March and is believed to be cooperating with the prosecutors in Hallam.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })

  test('a negated statement is a contradiction, not a stance', () => {
    const result = story({
      'a.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nMs. Rusk, the former treasurer of the rowing club, stepped down last year and has not agreed to cooperate with the authorities.',
      'b.txt': 'The rowing club of Hallam lost its savings to a fraud last winter, the police said.\nThe club has also lost its treasurer, Dana Rusk, who resigned in March and is believed to be cooperating with the prosecutors in Hallam.'
    })
    expect(result.conflicts.filter((c) => c.kind === 'stance')).toHaveLength(0)
  })
})
