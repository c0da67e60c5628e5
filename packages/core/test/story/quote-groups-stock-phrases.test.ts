import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const director = 'Halvard Ostrin, the port director in Kelmsby, met the auditors on Tuesday. He wanted the dredging begun "right away" and would not wait for the audit.'

/** Cases: two articles, and how many groups join quotes of both. */
const cases: Array<[string, Record<string, string>, number]> = [
  ['is not joined to a longer quote the other article gives to someone else', {
    'a.txt': director,
    'b.txt': 'The pier survey went on show in Kelmsby on Tuesday. "The harbour plans must be signed right away, before the winter storms come," said Brinna, the harbour clerk.'
  }, 0],
  ['still joins the longer quote when both articles give it to one speaker', {
    'a.txt': director,
    'b.txt': '"The dredging has to begin right away or the channel will close," Halvard Ostrin told the auditors in Kelmsby.'
  }, 1],
  ['as a distinctive phrase of two words, still joins its speaker\'s longer quote', {
    'a.txt': 'Halvard Ostrin, the port director in Kelmsby, said the dredging plan was a "silted gamble" on Tuesday.',
    'b.txt': '"This dredging plan is a silted gamble with the town\'s money," Halvard Ostrin told the auditors in Kelmsby.'
  }, 1]
]

describe('a short partial quote of very frequent words (a stock phrase)', () => {
  test.each(cases)('%s', (_name, files, joined) => {
    expect(story(files).quoteGroups.filter((group) => group.files.length > 1)).toHaveLength(joined)
  })
})
