import fc from 'fast-check'
import {expect} from 'vitest'
import {ArticleError, compareArticles, parseArticle, type Article, type Format, type Story} from '../../src/index.js'

// News-like articles from a shared pool of invented pieces, so that 2–4 of them report the
// same things with different numbers, dates, names, quotes and line breaks, and break them
// in the ways real pages do (CRLF, Markdown and HTML bits, stray unicode).
const names = ['Tova Rindler', 'Rindler', 'Mayor Tova Rindler', 'Osric Venn', 'Venn', 'Sen. Osric Venn', 'the Pellbrook Council', 'Kestrel Ltd.', 'Dr. Ama Quist']
const verbs = ['said', 'told reporters', 'denied', 'confirmed', 'is believed to have signed', 'allegedly sent', 'announced', 'wrote on X']
const things = ['12 trucks', 'about 50 letters', '1.2 million dollars', '$3.5 million', 'at least four dozen', '90 percent', '30, 40 and 50 years',
  'between 10 and 15', '15-year', 'two', 'a dozen', 'half of the votes', '0 and', '1,000', '7%']
const whens = ['on Monday', 'last week', 'on March 3', 'Dec. 29', 'in early January', 'two months later', 'the day prior', 'at 1:00 p.m.',
  'in 2019', 'on 2025-12-31', 'next month', 'since 1998']
const quotes = ['“We will not back down,”', '"It was a mistake," she said.', '‘Never again’', '« Nous partons »', '“We never', 'agreed to this.”',
  '"Enough"', '”', '“']
const glue = [' ', ' ', ' and ', ', ', '. ', '.\n', '\n\n', '\r\n', ' — ', ' - ', '-', ': ', '; ', ' (', ') ', '…', '?', '!', ' according to ']
export const hostile = ['<script>alert("pwn")</script>', '<img src=x onerror="pwn()">', '" onmouseover="pwn()', '</script><script>pwn()</script>', '=HYPERLINK("pwn")', '+1+pwn', '@SUM(pwn)', '\u001b[31mpwn', '\u001b]0;pwn\u0007', '\u009b2J', '\u0008\u0008', '\u202epwn']
const page = ['# ', '## ', '- ', '* ', '> ', '**', '_', '[link](https://example.org)', '<p>', '</p>', '<b>', '<script>alert(1)</script>', '&amp;',
  '| a | b |\n', '---\n', 'KEY POINTS\n', 'Also Read: ', 'PELLBROOK: ', '\u00a0', '\u200b', '\t', '\ufeff', 'é', 'ß', '😀', '\u0301']

const piece = fc.oneof(
  {arbitrary: fc.constantFrom(...names), weight: 4},
  {arbitrary: fc.constantFrom(...verbs), weight: 4},
  {arbitrary: fc.constantFrom(...things), weight: 3},
  {arbitrary: fc.constantFrom(...whens), weight: 3},
  {arbitrary: fc.constantFrom(...quotes), weight: 3},
  {arbitrary: fc.constantFrom(...glue), weight: 6},
  {arbitrary: fc.constantFrom(...page), weight: 1},
  {arbitrary: fc.constantFrom(...hostile), weight: 1},
  {arbitrary: fc.integer({min: -5, max: 3000}).map(String), weight: 2},
  {arbitrary: fc.string({maxLength: 6}), weight: 1}
)
const sentence = fc.array(piece, {minLength: 3, maxLength: 14}).map((parts) => parts.join(' ').replace(/ {2,}/g, ' ') + '.')
const body = fc.tuple(fc.array(sentence, {minLength: 1, maxLength: 8}), fc.constantFrom(' ', '\n', '\n\n', '\r\n')).map(([list, gap]) => list.join(gap))
export const articleInput = fc.record({
  title: fc.constantFrom('Council vote', 'Pellbrook fire', '', 'Venn resigns'),
  body,
  format: fc.constantFrom<Format>('text', 'text', 'markdown', 'html'),
  published: fc.constantFrom('2025-03-04', '2024-12-31', null)
})

// One story told 2–4 times: each outlet keeps some of the same sentences and changes a
// number, a day, a name's spelling, a stance or a quote's words, as outlets do, so that
// grouping, quote matching and conflicts all have something to work on.
const edits: ReadonlyArray<(sentence: string, n: number) => string> = [
  (text, n) => text.replace(/\d+/, String(n)),
  (text) => text.replace('Monday', 'Tuesday').replace('March 3', 'March 4'),
  (text) => text.replace('Rindler', 'Rindlar').replace('Venn', 'Ven'),
  (text) => text.replace('confirmed', 'denied').replace('said', 'allegedly said'),
  (text) => text.replace('back down', 'step back').replace('mistake', 'big mistake'),
  (text) => text.replace('. ', '.\r\n').replace(' and ', ' and\n')
]
const retelling = fc.record({
  keep: fc.array(fc.boolean(), {minLength: 8, maxLength: 8}),
  changes: fc.array(fc.tuple(fc.nat(7), fc.nat(edits.length - 1), fc.integer({min: 0, max: 2000})), {maxLength: 4}),
  gap: fc.constantFrom(' ', '\n', '\n\n', '\r\n'),
  format: fc.constantFrom<Format>('text', 'text', 'markdown', 'html'),
  published: fc.constantFrom('2025-03-04', '2025-03-05', null)
})
export const sameStoryInputs = fc.tuple(fc.array(sentence, {minLength: 2, maxLength: 8}), fc.array(retelling, {minLength: 2, maxLength: 4}))
  .map(([base, tellings]) => tellings.map(({keep, changes, gap, format, published}) => {
    const sentences = base.filter((_, i) => keep[i] || i === 0)
    for (const [at, edit, n] of changes) sentences[at % sentences.length] = edits[edit]!(sentences[at % sentences.length]!, n)
    return {title: 'Council vote', body: sentences.join(gap), format, published}
  }))

/** Parses each input (an input the parser refuses is left out), then compares what is left. */
export function compareInputs(inputs: ReadonlyArray<{title: string, body: string, format: Format, published: string | null}>): {story: Story, articles: Map<string, Article>} {
  const articles = new Map<string, Article>()
  inputs.forEach(({title, body, format, published}, i) => {
    try {
      articles.set(`outlet-${i}.txt`, parseArticle(`${title}\n\n${body}`, {format, metadata: {published}}))
    } catch (error) {
      if (!(error instanceof ArticleError)) throw error
    }
  })
  return {story: compareArticles([...articles].map(([file, article]) => ({file, article}))), articles}
}

export function expectStoryInvariants(story: Story, articles: Map<string, Article>): void {
  const slices = (member: {file: string, start: number, end: number, text: string}) => {
    const article = articles.get(member.file)
    expect(article, member.file).toBeDefined()
    expect(member.start).toBeLessThanOrEqual(member.end)
    expect(article!.text.slice(member.start, member.end)).toBe(member.text)
  }
  const unit = (value: number | null | undefined) => {
    if (value === null || value === undefined) return
    expect(Number.isFinite(value)).toBe(true)
    expect(value).toBeGreaterThanOrEqual(0)
    expect(value).toBeLessThanOrEqual(1)
  }
  expect(story.articles.map((a) => a.file)).toEqual([...articles.keys()])
  const quoteCount = new Map(story.articles.map((a) => [a.file, a.quotes]))
  const claimIds = new Set(story.claims.map((c) => `${c.file}#${c.claim}`))
  story.claims.forEach(slices)
  for (const group of story.quoteGroups) {
    expect(group.members.length).toBeGreaterThan(0)
    expect(group.fullest).toBeGreaterThanOrEqual(0)
    expect(group.fullest).toBeLessThan(group.members.length)
    for (const member of group.members) {
      slices(member)
      expect(member.quote).toBeGreaterThanOrEqual(0)
      expect(member.quote).toBeLessThan(quoteCount.get(member.file)!)
      unit(member.similarity)
    }
    for (const index of group.overridden) expect(group.members[index]).toBeDefined()
    for (const entry of group.diff) expect(group.members[entry.member]).toBeDefined()
    for (const file of group.files) expect(articles.has(file)).toBe(true)
  }
  for (const group of story.claimGroups) {
    expect(group.members.length).toBeGreaterThan(0)
    for (const member of group.members) {
      slices(member)
      expect(claimIds.has(`${member.file}#${member.claim}`), `${member.file}#${member.claim}`).toBe(true)
    }
    for (const cell of group.coverage) expect(articles.has(cell.file)).toBe(true)
    unit(group.cohesion)
  }
  const groupIds = new Set([...story.claimGroups.map((g) => g.id), ...story.quoteGroups.map((g) => g.id)])
  for (const conflict of story.conflicts) {
    conflict.members.forEach(slices)
    unit(conflict.confidence)
    expect(new Set(conflict.members.map((m) => m.file)).size).toBeGreaterThan(1)
    if (conflict.group !== null) expect(groupIds.has(conflict.group), conflict.group).toBe(true)
  }
  story.exclusives.forEach(slices)
  for (const entry of story.framing) entry.terms.forEach(slices)
  for (const day of story.timeline) {
    day.members.forEach(slices)
    for (const event of day.events) for (const index of event.members) expect(day.members[index]).toBeDefined()
  }
  for (const entry of story.naming) for (const variant of entry.variants) for (const file of variant.files) expect(articles.has(file)).toBe(true)
  for (const entry of story.syndication) {
    for (const file of entry.files) expect(articles.has(file)).toBe(true)
    entry.credits.forEach(slices)
    unit(entry.similarity)
  }
  for (const entry of story.relatedness ?? []) unit(entry.share)
}
