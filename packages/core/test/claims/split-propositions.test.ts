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

  test('a second verb phrase of one subject is a fact of its own, about that subject', () => {
    expect(read('Mayor Dana Okafor resigned on Friday and left the harbour town with her family.')).toEqual([[
      'coordinate: Mayor Dana Okafor resigned on Friday',
      'coordinate: left the harbour town with her family about Mayor Dana Okafor'
    ]])
    // After a fronted phrase the subject is the words after its comma; an adverb before the verb is no part of it.
    expect(read('Last spring, the Quarrow ferry board quietly sold two boats but kept the pier open all winter.')).toEqual([[
      'coordinate: Last spring, the Quarrow ferry board quietly sold two boats',
      'coordinate: kept the pier open all winter about the Quarrow ferry board'
    ]])
  })

  test('verb phrases too short, inside a clause of their own or inside a quotation stay whole', () => {
    expect(read('Fares rose and fell in the spring.')).toEqual([['main: Fares rose and fell in the spring']])
    // "and sold" continues the clause "the board met", not "Piet Vale toured".
    expect(read('Piet Vale toured the pier, which is why the board met in secret and sold the ferry.').flat().some((p) => p.includes('about Piet'))).toBe(false)
    // Two nuns who did A and B: the verbs belong to the relative clause.
    expect(read('Two pilots who trained at Marrow Field and flew cargo runs were honoured on Tuesday.').flat().some((p) => p.includes('about'))).toBe(false)
    expect(read('“We counted the crates twice and found nothing missing from the hold,” the harbour clerk wrote.').flat().some((p) => p.includes('about'))).toBe(false)
  })

  test('inside reported speech, the reported clause\'s subject is shared', () => {
    expect(read('Piet Vale said the board had met in secret and sold the ferry to a cousin.')).toEqual([[
      'reported: the board had met in secret <Piet Vale',
      'reported: sold the ferry to a cousin <Piet Vale about the board'
    ]])
  })

  test('a participle after a comma is no verb of the clause: "The ferry, sold in May and moved to Vel," shares no subject', () => {
    expect(read('The Tamsin ferry, sold in May to a Vel trader and moved to the south pier, sank on Tuesday.').flat().some((p) => p.includes('about The Tamsin'))).toBe(false)
  })

  test('a sentence opened by "While" states both sides of the contrast', () => {
    expect(read('While the Quellport vote was close, the harbour council delayed the ferry sale.')).toEqual([[
      'coordinate: the Quellport vote was close',
      'coordinate: the harbour council delayed the ferry sale'
    ]])
    expect(read('Whereas the board met twice in May, the council met once.')).toEqual([[
      'coordinate: the board met twice in May',
      'coordinate: the council met once'
    ]])
    // No verb before the comma: no clause of its own. A later comma opens an aside, not the main clause.
    expect(read('While in office, Okafor sold the ferry.')[0]).toHaveLength(1)
    expect(read('While the ferry was being sold, her closest rival on the board, Councillor Piet Vale, toured the pier.')[0]!.some((p) => p.startsWith('coordinate: Councillor'))).toBe(false)
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

  test('an aside between dashes states a fact about the noun phrase before it', () => {
    expect(read('Dana Okafor — who chairs the harbour board — said the ferry was sold.')).toEqual([[
      'relative: who chairs the harbour board about Dana Okafor',
      'reported: the ferry was sold <Dana Okafor'
    ]])
    // A comma or a joiner inside the dashes stays in the aside; the noun phrase is the one right before the first dash.
    expect(read('The sealed ledgers — running 40 pages in all, and sent to the council on Monday — describe a dozen meetings.')).toEqual([[
      'main: The sealed ledgers — running 40 pages in all, and sent to the council on Monday — describe a dozen meetings',
      'appositive: running 40 pages in all, and sent to the council on Monday about The sealed ledgers'
    ]])
    expect(read('The board met on Monday -- its third sitting this spring -- and voted to sell the ferry.')[0]).toContain('appositive: its third sitting this spring about Monday')
  })

  test('dashes that open no aside: a dateline, a clause after a verb, two words', () => {
    expect(read('Okafor said — and Vale agreed — that the pier would close.').flat().some((p) => p.startsWith('appositive') || p.startsWith('relative'))).toBe(false)
    expect(read('The pier — now shut — will reopen in June.').flat().some((p) => p.startsWith('appositive'))).toBe(false)
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
