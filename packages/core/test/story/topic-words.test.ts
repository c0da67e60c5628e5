import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

// A story about one ferry: "ferry" is in nearly every sentence of both outlets.
const articles = {
  'a.txt': 'The Lindqvist ferry left Harwick harbour two hours late on Tuesday. Captain Ole Brandt said the ferry engines had been inspected in January. ' +
    'The ferry operator plans to add a second boat for the summer season. Passengers on the delayed ferry were handed free meals and blankets.',
  'b.txt': 'The Lindqvist ferry was two hours late leaving Harwick harbour on Tuesday. Captain Ole Brandt said the ferry crew would go on strike in May. ' +
    'A ferry ticket to the islands now costs more than a flight. Everyone aboard the late ferry was handed a free meal and a blanket, the operator said.'
}

const holding = (text: string) => (group: {members: Array<{file: string, text: string}>}) => group.members.some((m) => m.text.includes(text))

describe('the story\'s topic word shows no fact', () => {
  test('two sentences that share only the topic word and a name stay apart (a merge refused)', () => {
    const result = story(articles)
    for (const group of result.claimGroups.filter(holding('engines had been inspected'))) {
      expect(group.members.some((m) => m.text.includes('strike'))).toBe(false)
    }
  })

  test('a paraphrase that shares a word of its own still aligns beside the topic word', () => {
    const result = story(articles)
    const group = result.claimGroups.find(holding('free meals and blankets'))
    expect(group?.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
  })
})
