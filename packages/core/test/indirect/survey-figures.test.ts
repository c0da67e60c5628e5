import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

/** The contents of a short invented article's indirect quotes. */
function contents(text: string): string[] {
  return reported(text).map((q) => q.text)
}

describe('a survey\'s figures set side by side stay in one report', () => {
  test.each([
    ['", followed by" a second figure', 'The harbor survey showed Okafor at 31 percent, followed by Lund at 17 percent and Paske at 9 percent.', 'Okafor at 31 percent, followed by Lund at 17 percent and Paske at 9 percent'],
    ['", while" a second figure', 'The pilots poll found that 40 percent of skippers backed the toll, while 23 percent opposed it.', '40 percent of skippers backed the toll, while 23 percent opposed it'],
    ['", compared with" a second figure', 'The harbor survey shows 52 percent of pilots trust the board, compared with 38 percent of the crews.', '52 percent of pilots trust the board, compared with 38 percent of the crews']
  ])('%s', (_, text, content) => {
    expect(contents(text)).toContain(content)
  })

  test('a speech verb still ends at ", while"', () => {
    expect(contents('Okafor said the toll was fair, while the pilots booed.')).toEqual(['the toll was fair'])
  })
})
