import {describe, expect, test} from 'vitest'
import {findClaims, parseArticle, splitPropositions} from '../../src/index.js'

/** Each claim's propositions as `kind: text` (with `<source` or `about subject` where there is one). */
function read(body: string): string[][] {
  const article = parseArticle(`Headline here\n\n${body}`, {format: 'text', metadata: {outlet: 'Riverton Ledger'}})
  return findClaims(article).map((claim) => {
    for (const p of claim.propositions ?? []) {
      // Every proposition is a span of the article, inside its claim, naming that claim.
      expect(article.text.slice(p.start, p.end)).toBe(p.text)
      expect(p.start).toBeGreaterThanOrEqual(claim.start)
      expect(p.end).toBeLessThanOrEqual(claim.end)
      expect(p.claim).toBe(claim.id)
      if (p.subject) expect(article.text.slice(p.subject.start, p.subject.end)).toBe(p.subject.text)
    }
    return (claim.propositions ?? []).map((p) => `${p.kind}: ${p.text}${p.attribution.kind === 'source' ? ` <${p.attribution.name}` : ''}${p.subject ? ` about ${p.subject.text}` : ''}`)
  })
}

describe('splitPropositions: one fact at a time', () => {
  test('two clauses joined by "and", each with its subject and verb, are two facts', () => {
    expect(read('Mayor Dana Okafor resigned on Friday and her deputy took over the harbour office.')).toEqual([[
      'coordinate: Mayor Dana Okafor resigned on Friday',
      'coordinate: her deputy took over the harbour office'
    ]])
  })

  test('a conjunction that joins names or nouns splits nothing', () => {
    expect(read('Dana Okafor and Piet Vale resigned after the vote on roads and bridges.')).toEqual([[
      'main: Dana Okafor and Piet Vale resigned after the vote on roads and bridges'
    ]])
  })

  test('a semicolon joins two facts', () => {
    expect(read('The ferry was sold in May; the pier will close in June.')).toEqual([[
      'coordinate: The ferry was sold in May',
      'coordinate: the pier will close in June'
    ]])
  })

  test('"X said (that) P": P is given to X, and the reporting frame is no fact of its own', () => {
    expect(read('Mayor Dana Okafor told reporters that the ferry had been sold to a private buyer.')).toEqual([[
      'reported: the ferry had been sold to a private buyer <Dana Okafor'
    ]])
  })

  test('a relative clause on a name states a fact about it, in the outlet\'s voice', () => {
    expect(read('Dana Okafor, who chairs the harbour board, said the ferry was sold and the pier will close.')).toEqual([[
      'relative: who chairs the harbour board about Dana Okafor',
      'reported: the ferry was sold <Dana Okafor',
      'reported: the pier will close <Dana Okafor'
    ]])
  })

  test('appositives either side of a name', () => {
    expect(read('The fire chief, Lena Marsh, said two people were hurt in the blaze.')).toEqual([[
      'appositive: The fire chief about Lena Marsh',
      'reported: two people were hurt in the blaze <Lena Marsh'
    ]])
    expect(read('Lena Marsh, the fire chief of Riverton, resigned after the harbour blaze.')).toEqual([[
      'main: Lena Marsh, the fire chief of Riverton, resigned after the harbour blaze',
      'appositive: the fire chief of Riverton about Lena Marsh'
    ]])
  })

  test('an aside that is an attribution, not a description, is no appositive', () => {
    expect(read('Okafor, the council said, will resign in the spring.').flat().some((p) => p.startsWith('appositive'))).toBe(false)
  })

  test('a sentence nothing splits is one main proposition with the claim\'s assertor', () => {
    const article = parseArticle('Headline here\n\nThe harbour board approved the budget on Monday.', {format: 'text'})
    const [claim] = findClaims(article)
    expect(splitPropositions(article.text, claim!)).toEqual([
      {kind: 'main', text: 'The harbour board approved the budget on Monday', start: claim!.start, end: claim!.end - 1, claim: 'c1', attribution: claim!.assertor, subject: null}
    ])
  })

  test('misuse is a TypeError', () => {
    expect(() => splitPropositions(42 as unknown as string, {id: 'c1', start: 0, end: 1, assertor: {kind: 'outlet', name: null, entity: null, mention: null, method: 'outlet'}})).toThrow(TypeError)
  })
})
