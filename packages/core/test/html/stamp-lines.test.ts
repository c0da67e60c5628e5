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
