import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'

const story = `<p>The Riverton council voted on Monday to rebuild the old pier, a project that has waited almost ten years for money.</p>
<p>"This is the day we hoped for," said Mayor Dana Okafor, who first proposed the plan as a councillor.</p>
<p>Work will start in the autumn and take about two years, the council said in a statement after the vote.</p>`

const parse = (body: string) => parseArticle(`<!DOCTYPE html><html><head><title>Pier</title></head><body><article>${body}</article></body></html>`, {format: 'html'})
const blockOf = (article: ReturnType<typeof parse>, start: string) => article.blocks.find((block) => block.text.startsWith(start))

describe('date stamps', () => {
  it('marks stamps with ordinals, glued words and other languages, and keeps sentences with dates', () => {
    const article = parse(`<p>Published May 12th, 2026 - 07:50 GMT</p><p>May 12, 2026Updated: May 12, 2026 1:35 a.m.</p>
<p>Updated May 13, 2026 8:21 am ET / Original May 12, 2026 8:02 am ET</p>
<p>terça-feira, 12 de maio de 2026 às 9:15</p><p>Dienstag, 12. Mai 2026 um 09:15</p>
<p>By Ines Adler and Omar Reyes on Tuesday, May 12th, 2026 at 11:08 a.m.</p>${story}
<p>A ponte de Marle foi fechada em 12 de maio de 2026 depois da tempestade.</p>`)
    expectArticleInvariants(article)
    for (const start of ['Published May', 'May 12, 2026Updated', 'Updated May 13', 'terça-feira', 'Dienstag']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'By Ines Adler')).toMatchObject({kind: 'boilerplate', reason: 'byline'})
    expect(blockOf(article, 'A ponte de Marle')).toMatchObject({kind: 'paragraph'})
    expect(blockOf(article, 'The Riverton council voted')).toMatchObject({kind: 'paragraph'})
  })
})

describe('notes, credits and footers inside the story container', () => {
  it('marks comment policies, photo credits, contributor lines, coverage pointers and footers', () => {
    const article = parse(`${story}
<p>Note: we are holding all comments for review while the moderation team is away.</p>
<p>AVISO: comentários ofensivos não serão aprovados pelo moderador.</p>
<p>Workers lift the first beam onto the pier in Riverton on Monday. (Photo by Tomas Vel/Riverton Wire)</p>
<p>A crane stands by the harbour wall. (AP Photo/Sara Lund, File)</p>
<p>The new deck, seen from the ferry. (credit: Riverton Port Authority)</p>
<p>Sara Lund contributed reporting from Varik.</p>
<p>Contributing: Pavel Marek</p>
<p>Follow our full coverage of the harbour works at https://example.org/harbour</p>
<p>More Riverton sports: https://example.org/sports</p>
<p>Reach the reporters on Twitter at https://example.org/okafor</p>
<p>Riverton Courier 12 Quay Street, Riverton 20006 | 555-010-0100 tel | 555-010-0101 fax</p>
<p>This document is subject to copyright. No part may be copied without permission.</p>
<p>Citation: Council votes on pier (2026, May 12) retrieved 13 May 2026 from https://example.org/pier</p>
<p>Moderators from the port authority said they would review comments from residents before the vote.</p>
<p>The new pier will be photographed by the council for its archive, officials said.</p>`)
    expectArticleInvariants(article)
    for (const start of ['Note: we are', 'AVISO:', 'Riverton Courier 12', 'This document', 'Citation:']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    for (const start of ['Workers lift', 'A crane stands', 'The new deck']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'caption'})
    for (const start of ['Sara Lund contributed', 'Contributing:']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'wire-credit'})
    for (const start of ['Follow our full', 'More Riverton sports']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, 'Reach the reporters')).toMatchObject({kind: 'boilerplate', reason: 'byline'})
    for (const start of ['Moderators from the port', 'The new pier will be', 'The Riverton council voted']) expect(blockOf(article, start)).toMatchObject({kind: 'paragraph'})
  })
})

describe('pointers, shortcodes and calls to action', () => {
  it('marks bracketed and foreign "read also" pointers, shortcodes and a long appeal, and keeps story text', () => {
    const article = parse(`${story}
<p>[Related: Riverton council approves the harbour budget]</p>
<p>(Leggi anche: Il porto di Marle riapre dopo i lavori)</p>
<p>Lesen Sie auch: Neue Fähre zwischen Varik und Riverton</p>
<p>[button link="https://example.org/tips" type="big"] Send us your pier photos[/button]</p>
<p>If you enjoyed this article, we have something to ask of you: become a member of the Riverton Courier club, which keeps our reporters on the harbour beat, gives you every story without a meter and invites you to our evening talks with the editors, held four times a year in the old customs house.</p>
<p>If the pier opens on time, the ferry will move its stop back to the harbour, Mayor Okafor said.</p>`)
    expectArticleInvariants(article)
    for (const start of ['[Related:', '(Leggi anche', 'Lesen Sie auch']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    for (const start of ['[button', 'If you enjoyed']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'If the pier opens')).toMatchObject({kind: 'paragraph'})
  })
})
