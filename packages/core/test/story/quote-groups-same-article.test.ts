import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

/** The groups holding a member whose text starts with `start`. */
const groupsWith = (result: ReturnType<typeof story>, start: string) =>
  result.quoteGroups.filter((group) => group.members.some((member) => member.text.startsWith(start)))

describe('two quotes of one article that differ by a content word', () => {
  const files = {
    'a.txt': 'Tova Renquist spoke to the radio host on Monday. "Our ferry crews outwork every crew on the valley lakes," Renquist said. ' +
      'On Tuesday she told the harbour board: "Our ferry crews outwork every crew on the northern lakes, and they know it."'
  }

  test('are two utterances: an article repeats or cuts one, it does not reword it', () => {
    const result = story(files)
    expect(result.quoteGroups.filter((group) => group.members.length > 1)).toHaveLength(0)
  })

  test('a repeat that only drops a function word or cuts an end is still one utterance', () => {
    const result = story({
      'a.txt': 'Tova Renquist closed the meeting with a warning. "The crews will strike in the spring unless the board pays them," Renquist said. ' +
        'Board members later read back her words: "crews will strike in spring."'
    })
    const group = groupsWith(result, 'crews will strike')[0]
    expect(group?.members).toHaveLength(2)
  })
})

describe('a quote that matches two utterances of another article', () => {
  /** The groups holding b.txt's quote that starts with `start`. */
  const groupsOfB = (a: string, b: string, start: string) => groupsWith(story({'a.txt': a, 'b.txt': b}), start)

  test('joins the one it renders most closely, not also the reworded one', () => {
    const groups = groupsOfB('Pell Advani spoke to two stations. On the morning show he said: "No, I said the canal is finished. It is done, and the barges can come." ' +
      'Later that day he told another station, "I said exactly that. The canal is finished," before he left.',
    'Pell Advani was asked about the canal. "No, I said the canal is finished," Advani replied.', 'No, I said the canal is finished,')
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members.map((member) => member.text)).toEqual(['No, I said the canal is finished. It is done, and the barges can come.', 'No, I said the canal is finished,'])
  })

  test('stitched from two passages with an ellipsis, joins each passage the other article quotes whole', () => {
    const groups = groupsOfB('Pell Advani spoke on the radio twice. In the morning Advani said: "I said the canal is finished. It is done, and the money was well spent." ' +
      'In the afternoon Advani said: "Forget the critics and all the noise from the hill towns. The barges can come back now."',
    'Pell Advani was firm. "I said the canal is finished. … The barges can come back now," Advani said.', 'I said the canal is finished. …')
    expect(groups).toHaveLength(2)
  })
})

describe('the speaker of a group by agreement', () => {
  const files = {
    'a.txt': 'Ilse Marrow leads the dock workers in Corvale. "We will not sign this contract," Marrow said on Friday.\n\n' +
      '"The pay is low and the hours are long."\n\nOdo Brask, who runs the crane crews, spoke after her. ' +
      '"The pay is low and the hours are long, and nobody on the board listens," he added.'
  }

  test('a pronoun in the quote’s own clause outweighs the carry-over reading of a pull quote repeating it', () => {
    const group = groupsWith(story(files), 'The pay is low')[0]
    expect(group?.members).toHaveLength(2)
    expect(group?.speaker).toBe('Odo Brask')
    expect(group?.overridden).toEqual([0])
  })

  test('on a tie, the fullest member’s reading wins over the cut that carries another speaker over', () => {
    const result = story({
      'a.txt': 'Ilse Marrow leads the dock workers in Corvale. "We will not sign this contract," Marrow said on Friday.\n\n' +
        '"The pay is low and the hours are long."\n\nOdo Brask, who runs the crane crews, spoke after her. "Nobody asked us," Brask said.\n\n' +
        '"The pay is low and the hours are long, and nobody on the board listens."'
    })
    const group = groupsWith(result, 'The pay is low')[0]
    expect(group?.members).toHaveLength(2)
    expect(group?.speaker).toBe('Odo Brask')
  })
})
