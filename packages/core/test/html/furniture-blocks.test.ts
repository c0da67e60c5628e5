import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {expectArticleInvariants} from '../helpers/invariants.js'

const story = `<p>The Riverton council voted on Monday to rebuild the old pier, a project that has waited almost ten years for money.</p>
<p>"This is the day we hoped for," said Mayor Dana Okafor, who first proposed the plan as a councillor.</p>
<p>Work will start in the autumn and take about two years, the council said in a statement after the vote.</p>`

const parse = (body: string) => parseArticle(`<!DOCTYPE html><html><head><title>Pier</title></head><body><article>${body}</article></body></html>`, {format: 'html'})
const blockOf = (article: ReturnType<typeof parse>, start: string) => article.blocks.find((block) => block.text.startsWith(start))

describe('furniture inside the story container', () => {
  it('marks stamps, template lines and labels as boilerplate with their reason', () => {
    const article = parse(`<p>Local</p><p>Updated May 12, 9:41 AM; Posted May 11, 8:19 PM</p>${story}<p>Have a tip? Write to the newsroom.</p><p>Filed under: Local, Council</p>`)
    expectArticleInvariants(article)
    expect(blockOf(article, 'Updated May 12')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'Have a tip?')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'Filed under')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'Local')).toMatchObject({kind: 'boilerplate'})
    expect(blockOf(article, 'The Riverton council voted')).toMatchObject({kind: 'paragraph'})
  })

  it('marks a run of headline links after a related header, not one link inside the story', () => {
    const article = parse(`${story}<p>Buy the <a href="/guide">guide to the pier</a> for a full history.</p><p>You may also like...</p><p><a href="/a">Library extends its hours</a></p><p><a href="/b">Harbor festival draws crowds</a></p>`)
    expect(blockOf(article, 'You may also like')).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, 'Library extends')).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, 'Harbor festival')).toMatchObject({kind: 'boilerplate', reason: 'related-link'})
    expect(blockOf(article, 'Buy the guide')).toMatchObject({kind: 'paragraph'})
  })

  it('keeps a time-only update mark and a dateline label, which belong to the story', () => {
    const article = parse(`<p>RIVERTON, Ohio</p>${story}<p>4:14 p.m.</p><p>The council later said the vote was unanimous and the work would be put out to tender.</p>`)
    expect(blockOf(article, 'RIVERTON, Ohio')).toMatchObject({kind: 'paragraph'})
    expect(blockOf(article, '4:14 p.m.')).toMatchObject({kind: 'paragraph'})
  })

  it('marks a breadcrumb trail by its class or id, whatever its words', () => {
    const article = parse(`<nav id="breadcrumb"><a href="/">Home</a><a href="/local">Local news</a><span>Council backs the Riverton pier plan</span></nav>${story}`)
    expect(blockOf(article, 'Home')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'The Riverton council voted')).toMatchObject({kind: 'paragraph'})
  })

  it('marks a list of tag links (rel="tag") as chrome, loose or in a paragraph, in any language', () => {
    const tags = '<a rel="tag" href="/t/pier">pier</a>, <a rel="tag" href="/t/riverton">Riverton council</a>, <a rel="tag" href="/t/harbour">harbour works</a>'
    const loose = parse(`${story}<strong>Etiquetas<br>${tags}</strong>`)
    expect(blockOf(loose, 'Etiquetas')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    const inParagraph = parse(`${story}<p>Topics ${tags}</p><p>Sara Lund said the <a rel="tag" href="/t/pier">pier</a> had been closed since the storm two winters ago.</p>`)
    expect(blockOf(inParagraph, 'Topics')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(inParagraph, 'Sara Lund said')).toMatchObject({kind: 'paragraph'})
  })

  it('reads the element part of a BEM class: a newsletter box inside the body is a newsletter box', () => {
    const article = parse(`<div class="story-body">${story}<div class="story-body__newsletter"><h3>Morning briefing</h3><p>Get the Riverton morning briefing in your inbox, five days a week.</p></div></div>`)
    expect(blockOf(article, 'Get the Riverton morning')).toMatchObject({kind: 'boilerplate', reason: 'chrome'})
    expect(blockOf(article, 'The Riverton council voted')).toMatchObject({kind: 'paragraph'})
  })

  it('leaves a page of short lines alone', () => {
    const article = parse('<p>abc</p><p>def</p>')
    expect(article.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph'])
  })
})
