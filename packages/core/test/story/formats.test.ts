import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import fc from 'fast-check'
import {parseHTML} from 'linkedom'
import {describe, expect, test} from 'vitest'
import {
  articlesToAnnotations, compareArticles, findClaims, findQuotes, parseArticle, storyToAnnotations, storyToHtml, storyToJsonLd,
  type Story, type StoryText, type WebAnnotationCollection
} from '../../src/index.js'
import {escapeHtml} from '../../src/lib/story/escape-html.js'
import {highlightText} from '../../src/lib/story/highlight-text.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

const core = path.join(import.meta.dirname, '..', '..')
const seeds = path.join(core, '..', '..', 'seeds')
const storySchema = JSON.parse(readFileSync(path.join(core, 'schema', 'story.schema.json'), 'utf8'))

/** A story from texts (file → text), with the texts the renderers need. */
function build(files: Record<string, string>, published: string | null = '2025-03-04'): {story: Story, articles: StoryText[]} {
  const inputs = Object.entries(files).map(([file, text]) => ({file, article: parseArticle(text, {format: 'text', metadata: {published, url: `https://news.example/${file}`, outlet: `Outlet ${file}`}})}))
  return {
    story: compareArticles(inputs),
    articles: inputs.map(({file, article}) => ({file, text: article.text, url: article.source.url, outlet: article.source.outlet}))
  }
}

const seedStory = (() => {
  const inputs = readdirSync(seeds).filter((name) => name.endsWith('.txt')).sort().map((name) => {
    const text = readFileSync(path.join(seeds, name), 'utf8')
    return {file: name, article: parseArticle(text, {format: 'text'})}
  })
  return {story: compareArticles(inputs), articles: inputs.map(({file, article}) => ({file, text: article.text}))}
})()

// Several outlets on one event, with conflicting numbers and days, an altered quote and one article copied from another.
const storm = build({
  'a.txt': 'Storm hits Marris\nThe storm killed 12 people in the coastal town of Marris on Monday, officials said.\n"We will rebuild every home, and we will do it together," Mayor Ana Lind said.\nThe alleged looting of shops was reported later.',
  'b.txt': 'Storm kills 14\nA storm killed 14 people in Marris on Monday.\n"We will rebuild each home, and we will do it together," Mayor Anna Lind told reporters.\nThe looting of shops in Marris followed the storm.',
  'c.txt': 'Marris storm\nIn Marris, the storm killed 12 people on Sunday, the mayor said.\nRepairs will cost $4 million.\n"We will rebuild every home," Lind said.'
})

// Article text written to break out of HTML if it were not escaped.
const hostile = build({
  'x.txt': 'Hackers & <script>alert(1)</script> strike\n"<img src=x onerror=alert(1)> is what we found," said Chief Officer Dana "Dee" O\'Hara on Monday.\nThe attack cost 3 million dollars & hit 40 firms, officials said.',
  'y.txt': '<b>Breach</b>\n"<img src=x onerror=alert(1)> is what we found," Dana O\'Hara said on Monday.\nThe attack cost 5 million dollars & hit 40 firms.'
})

describe('escapeHtml', () => {
  test('escapes markup, attribute quotes and entities', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;')
    expect(escapeHtml(`Tom & Jerry's "show" &amp;`)).toBe('Tom &amp; Jerry&#39;s &quot;show&quot; &amp;amp;')
    expect(escapeHtml('plain text')).toBe('plain text')
  })

  test('any string: no markup characters left, and the browser reads back the same text', () => {
    const {document} = parseHTML('<!doctype html><html><body><p id="p"></p><span id="s" title=""></span></body></html>')
    fc.assert(fc.property(fc.string({unit: 'binary-ascii'}), (text) => {
      const escaped = escapeHtml(text)
      expect(escaped).not.toMatch(/[<>"']/)
      document.getElementById('p')!.innerHTML = escaped
      expect(document.getElementById('p')!.textContent).toBe(text)
    }), fuzzRuns())
  })
})

describe('highlightText', () => {
  test('overlapping and crossing spans stay well nested, text unchanged', () => {
    const {document} = parseHTML('<!doctype html><html><body><div id="d"></div></body></html>')
    const texts = fc.string({minLength: 1, maxLength: 80}).filter((s) => s.trim() !== '')
    fc.assert(fc.property(texts, fc.array(fc.tuple(fc.nat(80), fc.nat(80)), {maxLength: 6}), (text, pairs) => {
      const spans = pairs.map(([a, b], i) => ({start: Math.min(a, b) % (text.length + 1), end: Math.max(a, b) % (text.length + 1), id: `h${i}`, className: 'quote', title: `t${i}`}))
      const html = highlightText(text, spans)
      const div = document.getElementById('d')!
      div.innerHTML = html
      // Tags close in the order they opened (text is escaped, so every < starts a tag).
      const stack: string[] = []
      for (const [, close, name] of html.matchAll(/<(\/?)(\w+)[^>]*>/g)) {
        if (close) expect(stack.pop()).toBe(name)
        else stack.push(name!)
      }
      expect(stack).toEqual([])
      const lines = text.split('\n').filter((line) => line.trim() !== '')
      expect(Array.from(div.querySelectorAll('p')).map((p) => p.textContent)).toEqual(lines)
      for (const span of spans) if (span.end > span.start && text.slice(span.start, span.end).replace(/\n/g, '') !== '') expect(div.querySelectorAll(`#${span.id}`).length).toBeLessThanOrEqual(1)
    }), fuzzRuns())
  })
})

describe('storyToHtml', () => {
  const pages = {
    seeds: storyToHtml(seedStory.story, {articles: seedStory.articles}),
    storm: storyToHtml(storm.story, {articles: storm.articles}),
    hostile: storyToHtml(hostile.story, {articles: hostile.articles})
  }

  test('article text is escaped: no tag or attribute from an article reaches the page', () => {
    const html = pages.hostile
    expect(html).not.toMatch(/<script|<img|<b>/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(html).toContain('&amp; hit 40 firms')
    const {document} = parseHTML(html)
    expect(document.querySelectorAll('script, img, iframe, object, embed, link').length).toBe(0)
    for (const element of Array.from(document.querySelectorAll('*'))) {
      for (const attribute of Array.from(element.attributes)) expect(attribute.name.startsWith('on')).toBe(false)
    }
  })

  test('self-contained: no scripts, no external resources, a strict CSP', () => {
    for (const html of Object.values(pages)) {
      expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
      expect(html).toContain(`default-src 'none'`)
      expect(html).not.toMatch(/@import|url\(/i)
      const {document} = parseHTML(html)
      expect(document.querySelectorAll('script, link, img, iframe, object, embed, video, audio, source, form').length).toBe(0)
      for (const element of Array.from(document.querySelectorAll('[src], [srcset], [style], [background]'))) expect(element.outerHTML).toBe('')
    }
  })

  test('landmarks, headings in order, one h1, header cells with scope, unique ids, every link resolves', () => {
    for (const html of Object.values(pages)) {
      const {document} = parseHTML(html)
      expect(document.querySelectorAll('h1').length).toBe(1)
      for (const landmark of ['header', 'nav', 'main', 'footer']) expect(document.querySelectorAll(landmark).length).toBe(1)
      const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((h) => Number(h.tagName[1]))
      levels.forEach((level, i) => {
        if (i > 0) expect(level).toBeLessThanOrEqual(levels[i - 1]! + 1)
      })
      for (const th of Array.from(document.querySelectorAll('th'))) expect(['col', 'row']).toContain(th.getAttribute('scope'))
      const ids = Array.from(document.querySelectorAll('[id]')).map((element) => element.id)
      expect(new Set(ids).size).toBe(ids.length)
      for (const link of Array.from(document.querySelectorAll('a[href^="#"]'))) expect(ids).toContain(link.getAttribute('href')!.slice(1))
    }
  })

  test('every quote rendering and every claim is marked in its article’s text', () => {
    for (const {story, articles} of [seedStory, storm, hostile]) {
      const {document} = parseHTML(storyToHtml(story, {articles}))
      const marked = new Set(Array.from(document.querySelectorAll('mark[id]')).map((mark) => mark.id))
      const links = Array.from(document.querySelectorAll('a.jump')).map((a) => a.getAttribute('href')!.slice(1))
      expect(links.length).toBeGreaterThanOrEqual(story.quoteGroups.reduce((n, group) => n + group.members.length, 0))
      for (const id of links) expect(marked.has(id)).toBe(true)
      // A mark split by a crossing span or a line break keeps its id on the first piece.
      for (const claim of story.claims) {
        const text = Array.from(document.querySelectorAll('article.article-text'))[story.articles.findIndex((a) => a.file === claim.file)]!
        const mark = text.querySelector(`mark[id$="-${claim.start}-${claim.end}"]`)
        expect(mark, claim.text).not.toBeNull()
        expect(claim.text.replace(/\s+/g, ' ')).toContain(mark!.textContent!.replace(/\s+/g, ' '))
      }
    }
  })

  test('word diffs, verdicts, coverage and conflicts are rendered', () => {
    const {document} = parseHTML(pages.storm)
    const altered = storm.story.quoteGroups.flatMap((group) => group.members.filter((m, i) => i !== group.fullest && m.verdict === 'altered'))
    expect(altered.length).toBeGreaterThan(0)
    expect(document.querySelectorAll('#quotes del, #quotes ins').length).toBeGreaterThan(0)
    // Each shared fact opens to one row per outlet: its own sentence, or silent.
    const facts = document.querySelectorAll('#facts li[id^="fact-"]')
    expect(facts.length).toBe(storm.story.claimGroups.filter((g) => new Set(g.members.map((m) => m.file)).size > 1).length)
    for (const fact of Array.from(facts)) expect(fact.querySelectorAll('details ul.aligned > li').length).toBe(storm.story.articles.length)
    expect(document.querySelectorAll('#conflicts li[id^="conflict-"]').length).toBe(storm.story.conflicts.length)
    expect(storm.story.conflicts.length).toBeGreaterThan(0)
  })

  test('without texts: no article section and no links into it', () => {
    const html = storyToHtml(storm.story)
    expect(html).not.toContain('id="texts"')
    expect(html).not.toContain('class="jump"')
    expect(storyToHtml(storm.story, {title: 'A <title>'})).toContain('<title>A &lt;title&gt;</title>')
  })

  test('texts that are not the story’s are a TypeError', () => {
    expect(() => storyToHtml(storm.story, {articles: storm.articles.map((a) => ({...a, text: a.text.toUpperCase()}))})).toThrow(TypeError)
    expect(() => storyToHtml(storm.story, {articles: 'a.txt' as unknown as StoryText[]})).toThrow(TypeError)
  })
})

/** Check the Web Annotation shape and that every selector finds its words. */
function expectAnnotations(collection: WebAnnotationCollection, articles: readonly StoryText[]): void {
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(collection.type).toBe('AnnotationCollection')
  expect(collection.first.type).toBe('AnnotationPage')
  expect(collection.first.partOf).toBe(collection.id)
  expect(collection.total).toBe(collection.first.items.length)
  const ids = collection.first.items.map((item) => item.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const item of collection.first.items) {
    expect(item.type).toBe('Annotation')
    expect(item.id).toMatch(/^urn:corroborate:/)
    expect(['describing', 'commenting', 'tagging', 'classifying']).toContain(item.motivation)
    expect(item.body.every((body) => body.type === 'TextualBody' && body.value.length > 0)).toBe(true)
    const article = articles.find((a) => (a.url || a.file) === item.target.source)!
    expect(article).toBeDefined()
    const [quote, position] = item.target.selector
    expect(quote.type).toBe('TextQuoteSelector')
    expect(position.type).toBe('TextPositionSelector')
    // Positions count code points; for text without astral characters they are UTF-16 offsets.
    const chars = Array.from(article.text)
    expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact)
    expect(chars.slice(0, position.start).join('').endsWith(quote.prefix)).toBe(true)
    expect(chars.slice(position.end).join('').startsWith(quote.suffix)).toBe(true)
    if (chars.length === article.text.length) expect(article.text.slice(position.start, position.end)).toBe(quote.exact)
    expect(quote.prefix.length).toBeLessThanOrEqual(33)
    expect(quote.suffix.length).toBeLessThanOrEqual(33)
  }
}

describe('storyToAnnotations', () => {
  test('one annotation per quote rendering, per claim and per conflict sentence, each anchored in its text', () => {
    for (const {story, articles} of [seedStory, storm, hostile]) {
      const collection = storyToAnnotations(story, articles)
      const conflictSentences = story.conflicts.reduce((n, conflict) => n + conflict.members.length, 0)
      expect(collection.total).toBe(story.quoteGroups.reduce((n, group) => n + group.members.length, 0) + story.claims.length + conflictSentences)
      expectAnnotations(collection, articles)
      // JSON round trip keeps it the same (no undefined, no functions).
      expect(JSON.parse(JSON.stringify(collection))).toEqual(collection)
    }
  })

  test('targets are URLs when known, ids are stable', () => {
    const collection = storyToAnnotations(storm.story, storm.articles)
    expect(collection.first.items.every((item) => item.target.source.startsWith('https://news.example/'))).toBe(true)
    expect(storyToAnnotations(storm.story, storm.articles)).toEqual(collection)
    const speakers = collection.first.items.filter((item) => item.body.some((b) => b.purpose === 'tagging' && b.value === 'quote'))
    expect(speakers.every((item) => /quote group q\d+/.test(item.body[0]!.value))).toBe(true)
  })

  test('positions count code points when the text has characters outside the BMP', () => {
    const {story, articles} = build({
      'e.txt': 'Fans 🎉🎉 cheer\nThe mayor 🙂 said on Monday: "We won the cup and we will celebrate all week."\nThe club won 3 titles.',
      'f.txt': 'Cup win\n"We won the cup and we will celebrate all week," the mayor said on Monday.'
    })
    const collection = storyToAnnotations(story, articles)
    expect(collection.total).toBeGreaterThan(0)
    expectAnnotations(collection, articles)
    const inE = collection.first.items.find((item) => item.target.source.endsWith('e.txt') && item.target.selector[0].exact.startsWith('We won'))
    expect(inE).toBeDefined()
    // Three astral characters (two party poppers, one smile) come before the quote.
    expect(inE!.target.selector[1].start).toBe(articles[0]!.text.indexOf('We won') - 3)
  })

  test('articles left out are not annotated; a wrong text is a TypeError', () => {
    const some = storyToAnnotations(storm.story, storm.articles.slice(0, 1))
    expect(some.first.items.every((item) => item.target.source.endsWith('a.txt'))).toBe(true)
    expect(() => storyToAnnotations(storm.story, storm.articles.map((a) => ({...a, text: ` ${a.text}`})))).toThrow(TypeError)
  })
})

describe('articlesToAnnotations', () => {
  test('every quote and claim of single articles, anchored', () => {
    const items = seedStory.articles.map(({file, text}) => {
      const article = parseArticle(text, {format: 'text'})
      return {article: {file, text, id: article.id}, quotes: findQuotes(article), claims: findClaims(article, {reference: '2025-12-29'})}
    })
    const collection = articlesToAnnotations(items)
    expect(collection.total).toBe(items.reduce((n, item) => n + item.quotes.length + item.claims.length, 0))
    expectAnnotations(collection, seedStory.articles)
  })
})

describe('storyToJsonLd', () => {
  test('a schema.org graph of NewsArticles, Quotations, Claims and speakers, every reference resolved', () => {
    for (const {story, articles} of [seedStory, storm]) {
      const document = JSON.parse(JSON.stringify(storyToJsonLd(story, articles))) as {'@context': string, '@graph': Array<Record<string, unknown>>}
      expect(document['@context']).toBe('https://schema.org')
      const graph = document['@graph']
      const byType = (type: string) => graph.filter((node) => node['@type'] === type)
      expect(byType('NewsArticle').length).toBe(story.articles.length)
      expect(byType('Quotation').length).toBe(story.quoteGroups.length)
      expect(byType('Claim').length).toBe(story.claimGroups.length)
      const ids = new Set(graph.map((node) => node['@id']))
      expect(ids.size).toBe(graph.length)
      const references: string[] = []
      const walk = (value: unknown): void => {
        if (Array.isArray(value)) value.forEach(walk)
        else if (value && typeof value === 'object') {
          const keys = Object.keys(value)
          if (keys.length === 1 && keys[0] === '@id') references.push((value as {'@id': string})['@id'])
          else Object.values(value).forEach(walk)
        }
      }
      graph.forEach((node) => Object.entries(node).forEach(([key, value]) => key !== '@id' && walk(value)))
      for (const reference of references) expect(ids.has(reference), reference).toBe(true)
      for (const quotation of byType('Quotation')) expect(typeof quotation.text).toBe('string')
      for (const claim of byType('Claim')) expect((claim.appearance as unknown[]).length).toBeGreaterThan(0)
    }
  })

  test('articles carry their URL, outlet and date; claims their first appearance', () => {
    const graph = storyToJsonLd(storm.story, storm.articles)['@graph']
    const article = graph.find((node) => node['@type'] === 'NewsArticle')!
    expect(article['@id']).toBe('https://news.example/a.txt')
    expect(article.url).toBe('https://news.example/a.txt')
    expect(article.datePublished).toBe('2025-03-04')
    expect(article.publisher).toEqual({'@type': 'Organization', name: 'Outlet a.txt'})
    expect(graph.filter((node) => node['@type'] === 'Claim').every((claim) => claim.firstAppearance)).toBe(true)
    const undated = build({'a.txt': 'The storm killed 12 people in Marris.', 'b.txt': 'A storm killed 12 people in Marris.'}, null)
    expect(storyToJsonLd(undated.story)['@graph'].filter((node) => node['@type'] === 'Claim').some((claim) => 'firstAppearance' in claim)).toBe(false)
  })
})

describe('story JSON schema', () => {
  const ajv = new Ajv2020({allErrors: true, strict: true})
  const validate = ajv.compile(storySchema)
  const check = (story: Story) => {
    const ok = validate(JSON.parse(JSON.stringify(story)))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  }

  test('the sample story validates', () => check(seedStory.story))
  test('small hand-written stories validate', () => {
    check(storm.story)
    check(hostile.story)
    check(build({'only.txt': 'Nothing much happened.'}).story)
    check(compareArticles([]))
  })

  test('a broken story fails, saying where', () => {
    const broken = JSON.parse(JSON.stringify(storm.story))
    delete broken.timeline
    broken.claims[0].stance = 'likely'
    broken.quoteGroups[0].members[0].extra = true
    broken.articles[0].quotes = -1
    expect(validate(broken)).toBe(false)
    const places = validate.errors!.map((error) => error.instancePath)
    expect(places).toEqual(expect.arrayContaining(['', '/claims/0/stance', '/quoteGroups/0/members/0', '/articles/0/quotes']))
  })
})
