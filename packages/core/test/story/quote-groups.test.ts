import {describe, expect, test} from 'vitest'
import {type QuoteGroup, type Story} from '../../src/index.js'
import {compareTokens} from '../../src/lib/story/compare-tokens.js'
import {quoteVerdict} from '../../src/lib/story/quote-verdict.js'
import {storyOfTexts} from './helpers-story.js'

/** A story from short articles written for the case: file name → text. */
function story(files: Record<string, string>): Story {
  return storyOfTexts(files, '2024-06-11')
}

/** The group holding a quote of `file` that contains `words`. */
function groupOf(result: Story, file: string, words: string): QuoteGroup | undefined {
  return result.quoteGroups.find((group) => group.members.some((member) => member.file === file && member.text.includes(words)))
}

function verdict(fullest: string, variant: string) {
  return quoteVerdict({text: fullest, tokens: compareTokens(fullest, {spellOut: true})}, {text: variant, tokens: compareTokens(variant, {spellOut: true})})
}

describe('quote groups across outlets', () => {
  test('identical quotes in two outlets are one group, whatever speakers the outlets give', () => {
    const result = story({
      'a.txt': 'The council met on Monday.\n"The bridge will stay closed until the engineers have finished every inspection," said Mayor Lena Ortiz.',
      'b.txt': 'Officials spoke after the vote.\nHe added: "The bridge will stay closed until the engineers have finished every inspection."'
    })
    const group = groupOf(result, 'a.txt', 'bridge will stay closed')
    expect(group?.members.map((member) => member.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(group!.members.every((member) => member.verdict === 'identical')).toBe(true)
    expect(group!.speaker).toBe('Lena Ortiz')
  })

  test('a contraction is the same word spelt out; a word changed besides it makes the rendering altered', () => {
    const result = story({
      'a.txt': '"We are asking the council to open up the library before winter," Mayor Lena Ortiz said on Monday.',
      'b.txt': 'Mayor Lena Ortiz spoke to reporters.\n"We’re asking the council to open the library before winter," Ortiz said.'
    })
    const group = groupOf(result, 'a.txt', 'open up')
    expect(group?.members).toHaveLength(2)
    const variant = group!.members.find((_, i) => i !== group!.fullest)!
    expect(variant.verdict).toBe('altered')
    expect(variant.changes).toEqual([{from: 'open up the', to: 'open the'}])
    expect(verdict('We are asking the council to wait.', 'We’re asking the council to wait.').verdict).toBe('identical')
  })

  test('an informative partial quote joins the quote that contains it', () => {
    const result = story({
      'a.txt': '"This reckless budget will gut the rural clinics we fought to build," Senator Paul Reyes said on Tuesday.',
      'b.txt': 'Senator Paul Reyes said the plan would "gut the rural clinics" across the state.'
    })
    const group = groupOf(result, 'b.txt', 'rural clinics')
    expect(group?.members.map((member) => member.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(group!.members.find((member) => member.file === 'b.txt')!.verdict).toBe('excerpt')
  })

  test('two quotes of one speaker sharing a whole sentence near word for word are one utterance', () => {
    const result = story({
      'a.txt': '"We asked the council to fund the clinic. Why would they not fund it now?" Mayor Lena Ortiz said on Monday.',
      'b.txt': 'Mayor Lena Ortiz spoke after the vote.\n"We gave them a cheaper plan last week. Why would they not fund that now?" Ortiz said.'
    })
    expect(groupOf(result, 'a.txt', 'Why would they')?.members.map((member) => member.file).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('a lone common word, or a phrase of function words, joins nothing', () => {
    const result = story({
      'a.txt': '"The plan is good for the town and it is good for all of us who live here," Mayor Lena Ortiz said.',
      'b.txt': 'Mayor Lena Ortiz called the plan "good" on Monday.\nShe said it was "for all of us" in the town.'
    })
    for (const group of result.quoteGroups) {
      const short = group.members.filter((member) => member.text.replace(/\W/g, '') === 'good' || member.text === 'for all of us')
      expect(short.filter((member) => member.file === 'b.txt')).toEqual([])
    }
  })

  test('a word quoted alone that two different quotes contain joins neither', () => {
    const result = story({
      'a.txt': '"The inquiry is a charade and everyone knows it," Senator Paul Reyes said on Monday.\n"They staged this charade to distract voters from the budget," Reyes said later.',
      'b.txt': 'Senator Paul Reyes called the inquiry a "charade" on Monday.'
    })
    expect(result.quoteGroups.filter((group) => group.members.some((member) => member.file === 'b.txt'))).toEqual([])
  })

  test('two named speakers saying the same short words stay apart', () => {
    const result = story({
      'a.txt': 'Senator Paul Reyes called the meeting "good and very productive" on Monday.',
      'b.txt': 'Governor Ana Silva described her own talks as "good and very productive" on Friday.'
    })
    expect(result.quoteGroups).toEqual([])
  })

  test('one outlet repeating its own quote is one group, the outlet counted once', () => {
    const result = story({
      'a.txt': 'Mayor Lena Ortiz said the flood barriers "saved the old town" this week.\n"They saved the old town, and they will save it again," Ortiz said.'
    })
    const group = groupOf(result, 'a.txt', 'saved the old town')
    expect(group?.members).toHaveLength(2)
    expect(group!.files).toEqual(['a.txt'])
  })

  test('a quote split by its attribution is one utterance', () => {
    const result = story({
      'a.txt': '"We may have read the rules differently," the auditor Mark Hale wrote, "but the accounts still do not balance."'
    })
    expect(result.quoteGroups).toHaveLength(1)
    expect(result.quoteGroups[0]!.members).toHaveLength(2)
  })
})

describe('comparison words', () => {
  test('a quote nested in a quote is part of the outer quote’s words', () => {
    expect(compareTokens('He said ‘we need patience’ and left.').map((token) => token.word)).toEqual(['he', 'said', 'we', 'need', 'patience', 'and', 'left'])
    expect(compareTokens("He said 'we need patience' and left.").map((token) => token.word)).toEqual(['he', 'said', 'we', 'need', 'patience', 'and', 'left'])
  })

  test('contractions are spelt out, a possessive is not', () => {
    expect(compareTokens('We’re sure it’s the mayor’s plan, and we won’t stop.', {spellOut: true}).map((token) => token.word))
      .toEqual(['we', 'are', 'sure', 'it', 'is', 'the', "mayor's", 'plan', 'and', 'we', 'will', 'not', 'stop'])
  })
})

describe('verdicts', () => {
  const fullest = 'The station will close in March, and the staff will move to the new depot.'

  test('a contiguous cut is an excerpt, and so is a cut marked with an ellipsis', () => {
    expect(verdict(fullest, 'the staff will move to the new depot.').verdict).toBe('excerpt')
    expect(verdict(fullest, 'The station will close in March ... the staff will move to the new depot.').verdict).toBe('excerpt')
  })

  test('words dropped, added or changed inside the marks make it altered, with the changed words', () => {
    const dropped = verdict(fullest, 'The station will close, and the staff will move to the new depot.')
    expect(dropped.verdict).toBe('altered')
    expect(dropped.changes).toEqual([{from: 'close in March, and', to: 'close, and'}])
    expect(verdict(fullest, 'The station will close in May, and the staff will move to the new depot.').changes).toEqual([{from: 'in March, and', to: 'in May, and'}])
  })

  test('another wording with its own content words is a paraphrase', () => {
    expect(verdict(fullest, 'The depot shuts in spring and its workers are transferred to a fresh site.').verdict).toBe('paraphrase')
    // The same words, changed in several places close together: another version, not a slip.
    expect(verdict(fullest, 'The station may close by March, so the staff would move to the new depot.').verdict).toBe('paraphrase')
  })

  test("an editor's words in brackets change nothing", () => {
    expect(verdict('He said it would be ready by June.', 'He said [the report] would be ready by June.').verdict).not.toBe('altered')
  })
})

describe('speaker by agreement', () => {
  test('explicit attributions outweigh a pronoun, and the group says whom it overrides', () => {
    const result = story({
      'a.txt': 'Mayor Lena Ortiz met the union.\n"The depot will stay open for at least another ten years," Ortiz said.',
      'b.txt': 'Mayor Lena Ortiz spoke on Monday.\n"The depot will stay open for at least another ten years," said Ortiz.',
      'c.txt': 'Union leader Tom Beck met the mayor, Lena Ortiz, on Monday. Beck was pleased.\n"The depot will stay open for at least another ten years," he said.'
    })
    const group = groupOf(result, 'a.txt', 'depot will stay open')
    expect(group?.members).toHaveLength(3)
    expect(group!.speaker).toBe('Lena Ortiz')
    expect(result.conflicts.filter((conflict) => conflict.kind === 'speaker')).toEqual([])
  })
})
