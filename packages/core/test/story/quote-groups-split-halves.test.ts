import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

const post = '"The council kept the ferry audit hidden from every rider for a year," Mayor Dana Okafor wrote on X on Friday. "Nobody on that board will answer for it. Shameful!"'

/** The files and texts of the groups holding a member with `text`. */
function groupsWith(result: ReturnType<typeof story>, text: string): string[][] {
  return result.quoteGroups.filter((group) => group.members.some((member) => member.text === text))
    .map((group) => group.members.map((member) => `${member.file}:${member.text}`).sort())
}

describe('a statement split at a sentence by its attribution', () => {
  test('another outlet quoting a few words of each half groups all four as one statement', () => {
    const result = story({
      'a.txt': post,
      'b.txt': 'Mayor Dana Okafor said on X that the audit had been kept "hidden from every rider" by the council.\nShe called the silence "shameful" in the same post.'
    })
    const groups = groupsWith(result, 'hidden from every rider')
    expect(groups).toHaveLength(1)
    expect(groups[0]).toHaveLength(4)
    const group = result.quoteGroups.find((candidate) => candidate.members.some((member) => member.text === 'shameful'))!
    expect(group.members.filter((_, i) => i !== group.fullest).every((member) => member.verdict === 'excerpt')).toBe(true)
  })

  test('an outlet quoting each half whole as a statement of its own keeps the halves apart', () => {
    const result = story({
      'a.txt': post,
      'b.txt': 'Mayor Dana Okafor posted on Friday: "The council kept the ferry audit hidden from every rider for a year."\nLater she added: "Nobody on that board will answer for it."'
    })
    const first = groupsWith(result, 'The council kept the ferry audit hidden from every rider for a year.')
    expect(first).toHaveLength(1)
    expect(first[0]).toHaveLength(2)
  })

  test('a rendering of both halves in one quote keeps each half in a group of its own with it', () => {
    const result = story({
      'a.txt': post,
      'b.txt': 'Mayor Dana Okafor wrote on X: "The council kept the ferry audit hidden from every rider for a year. Nobody on that board will answer for it. Shameful!"'
    })
    const groups = groupsWith(result, 'Nobody on that board will answer for it. Shameful!')
    expect(groups).toHaveLength(1)
    expect(groups[0]!.filter((member) => member.startsWith('a.txt'))).toHaveLength(1)
  })
})

describe('a question one person asks and another repeats before his answer', () => {
  test('does not bridge the asker’s group to the answer’s', () => {
    const result = story({
      'a.txt': 'Oskar Tamlin said the new dam will be "as tall as the valley demands." The last question came from a young girl. "How tall is that dam?" asked the girl, who said her name was Pia. "Pia, I wonder too, how tall is that dam going to be?" Tamlin answered with a smile. "As tall as the valley demands."',
      'b.txt': 'Oskar Tamlin took questions in Dunmore on Friday about the dam on the Velbik river. He said it would cost less than the old bridge.'
    })
    const answer = result.quoteGroups.find((group) => group.members.some((member) => member.text.startsWith('As tall')))
    expect(answer?.members.map((member) => member.text)).toEqual(['as tall as the valley demands.', 'As tall as the valley demands.'])
  })
})
