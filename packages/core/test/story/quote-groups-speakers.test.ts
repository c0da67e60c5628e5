import {describe, expect, test} from 'vitest'
import {findQuotes, parseArticle} from '../../src/index.js'
import type {Quote, SpeakerMethod} from '../../src/lib/quotes/types.js'
import {groupSpeaker} from '../../src/lib/story/group-speaker.js'
import type {QuoteRef} from '../../src/lib/story/quote-refs.js'
import {story} from './helpers-story.js'

const notesA = '"The mayor came in late," Dana Okafor wrote in her notes. "He asked again for loyalty. I replied ‘you will have that from me.’ He nodded and left the room."'
const notesB = 'Dana Okafor, the Riverton city manager, kept notes of the meeting.\n"The mayor asked again for loyalty," Okafor wrote. "I replied, ‘you will have that from me.’ He nodded."'

describe('speakers of quotes nested in quotes', () => {
  test('"I" inside a quote carried over from the quote before is still that quote’s speaker', () => {
    const article = parseArticle(`Report\n\n${notesA}`, {format: 'text'})
    const quotes = findQuotes(article, {nested: true})
    const outer = quotes.find((quote) => quote.text.startsWith('He asked'))
    expect(outer?.speaker?.method).toBe('previous-speaker')
    const inner = quotes.find((quote) => quote.text === 'you will have that from me.')
    expect(inner?.speaker?.name).toBe('Dana Okafor')
    expect(inner?.speaker?.mention?.text).toBe('I')
  })

  test('a reply nested in two outlets’ quotes of one memo is grouped under the memo’s author', () => {
    const result = story({'a.txt': notesA, 'b.txt': notesB})
    const group = result.quoteGroups.find((candidate) => candidate.members.every((member) => member.text === 'you will have that from me.'))
    expect(group?.files).toEqual(['a.txt', 'b.txt'])
    expect(group!.speaker).toBe('Dana Okafor')
    expect(group!.members.every((member) => member.verdict === 'identical')).toBe(true)
  })
})

describe('the speaker of a group by agreement', () => {
  /** A member as grouping sees it, with the reading its outlet gives. */
  function member(name: string, mention: string, method: SpeakerMethod, entity: string | null, places: string[] = []): QuoteRef {
    const quote = {speaker: {name, entity, mention: {text: mention, start: 0, end: mention.length}, method, type: null}} as unknown as Quote
    return {speaker: {id: entity ?? `name:${name}`, name}, quote, tokens: [], source: {places: new Set(places)}} as unknown as QuoteRef
  }

  test('a pronoun no one in its article answers to is no reading: it neither wins nor is overridden', () => {
    const result = groupSpeaker([member('they', 'they', 'pronoun', null), member('chairmen', 'the chairmen', 'previous-speaker', null)])
    expect(result.speaker?.name).toBe('chairmen')
    expect(result.overridden).toEqual([])
  })

  test('a reading resolved to a place weighs least: a place says nothing', () => {
    const result = groupSpeaker([member('Dunmore', 'Dunmore', 'explicit', 'e1', ['e1']), member('Mara Velbik', 'Velbik', 'clause-subject', 'e2')])
    expect(result.speaker?.name).toBe('Mara Velbik')
    expect(result.overridden).toEqual([0])
  })

  test('a pronoun resolved to a description is still a reading', () => {
    const result = groupSpeaker([member('Lena Ortiz', 'Ortiz', 'explicit', 'e1'), member('two council members', 'they', 'pronoun', null)])
    expect(result.speaker?.name).toBe('Lena Ortiz')
    expect(result.overridden).toEqual([1])
  })
})
