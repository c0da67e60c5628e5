import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'

const story = `<p>The Riverton council voted on Monday to rebuild the old pier, a project that has waited almost ten years for money.</p>
<p>"This is the day we hoped for," said Mayor Dana Okafor, who first proposed the plan as a councillor.</p>
<p>Work will start in the autumn and take about two years, the council said in a statement after the vote.</p>`

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`
const parse = (body: string, head = '<title>Pier</title>') => parseArticle(page(head, body), {format: 'html'})
const blockOf = (article: ReturnType<typeof parse>, start: string) => article.blocks.find((block) => block.text.startsWith(start))

describe('pointers and notes inside the story container', () => {
  it('marks a lone shouted link, teaser lines and contact notes, and keeps the story', () => {
    const article = parse(`${story.replace('</p>\n<p>"This', '</p>\n<p><a href="/x"><strong>HARBOR FESTIVAL DRAWS RECORD CROWDS</strong></a></p>\n<p>"This')}
<p>DON'T MISS: Library extends its opening hours [LATEST]</p>
<p>Ferry fares to rise [VIDEO] | Bridge closed for repairs [PICTURES]</p>
<p>Dana Okafor is a reporter for the Riverton Courier.</p>
<p>Write to Jo Park at jo.park@example.com</p>
<p>GET THE RIVERTON APP BY CLICKING HERE</p>
<p>Text size</p>`)
    expectArticleInvariants(article)
    expect(blockOf(article, 'HARBOR FESTIVAL')).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, "DON'T MISS")).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, 'Ferry fares')).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, 'Dana Okafor is a reporter')).toMatchObject({kind: 'boilerplate', reason: 'byline'})
    expect(blockOf(article, 'Write to Jo Park')).toMatchObject({kind: 'boilerplate', reason: 'byline'})
    expect(blockOf(article, 'GET THE RIVERTON APP')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'Text size')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    for (const start of ['The Riverton council', '"This is the day', 'Work will start']) expect(blockOf(article, start)).toMatchObject({kind: 'paragraph'})
  })

  it('keeps a link in capitals that is part of a sentence, and a quote in capitals that is no link', () => {
    const article = parse(`${story}<p>The plan is on the <a href="/plan">COUNCIL WEBSITE</a> for anyone who wants to read the full text before the hearing.</p><p>"WE DID IT," the crowd chanted.</p>`)
    expect(blockOf(article, 'The plan is on')).toMatchObject({kind: 'paragraph'})
    expect(blockOf(article, '"WE DID IT')).toMatchObject({kind: 'paragraph'})
  })
})

describe('newsletter, print and site-footer lines', () => {
  it('marks the lines as chrome and keeps a sentence that only mentions a newsletter', () => {
    const article = parse(`${story}<p>Residents can sign up for the council newsletter at the library to hear about the work.</p>
<p>Want more? Sign up for the Riverton Daily to get our free newsletter in your inbox.</p>
<p>Every morning we send an email with the top stories from Riverton.</p>
<p>A version of this article appears in print on May 12, Section A, Page 4.</p>
<p>The contents of this site are © 2026 Riverton Media.</p>`)
    expectArticleInvariants(article)
    expect(blockOf(article, 'Residents can sign up')).toMatchObject({kind: 'paragraph'})
    for (const start of ['Want more?', 'Every morning we send', 'A version of this article', 'The contents of this site']) expect(blockOf(article, start)).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
  })
})

describe('byline and title metadata', () => {
  it('passes over an account handle as author for the name the page shows', () => {
    const head = '<title>Pier</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes to rebuild the pier","author":"rcooper77"}</script>'
    const article = parse(`<div class="byline"><span class="author-name">Rosa Cooper</span></div>${story}`, head)
    expect(article.byline).toBe('Rosa Cooper')
  })

  it('gives no byline when the only author is a handle and the page shows no name', () => {
    const head = '<title>Pier</title><meta name="author" content="@rcooper">'
    expect(parse(story, head).byline).toBeNull()
  })

  it('takes a one-word author in lower case for an account name, not a byline', () => {
    const json = (author: string) => `<title>Pier</title><script type="application/ld+json">{"@type":"BlogPosting","headline":"Council votes to rebuild the pier","author":"${author}"}</script>`
    expect(parse(story, json('marlenotes')).byline).toBeNull()
    expect(parse(story, json('Ines Adler')).byline).toBe('Ines Adler')
  })

  it('trims a site name after an en dash from a page title when no site name is declared', () => {
    expect(parse(story, '<title>Council votes to rebuild the old pier – Riverton Notes</title>').title).toBe('Council votes to rebuild the old pier')
    // A short head may own its dash.
    expect(parse(story, '<title>Pier vote – what next</title>').title).toBe('Pier vote – what next')
  })
})
