import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'

// Three invented articles on one event, named by a manifest: a number that differs (four or six hurt) and an altered quote.
const manifest = path.join('packages', 'cli', 'test', 'fixtures', 'riverton-bridge', 'story.yaml')
const outlets = ['Riverton Courier', 'Valley Post', 'Lakeside News']
const files = ['courier.txt', 'valley-post.txt', 'lakeside.txt']

const outputs = new Map<string, ReturnType<typeof runCli>>()
function report(format: string, env: Record<string, string> = {}): string {
  const key = `${format} ${JSON.stringify(env)}`
  if (!outputs.has(key)) outputs.set(key, runCli(['report', '--format', format, manifest], {env}))
  const {code, stdout, stderr} = outputs.get(key)!
  expect(stderr).toBe('')
  expect(code).toBe(0)
  return stdout
}

describe('report of a story with a manifest naming the outlets', () => {
  test.each(['text', 'markdown', 'html'])('%s: outlet names, and no file path', (format) => {
    const out = report(format)
    for (const outlet of outlets) expect(out).toContain(outlet)
    for (const file of files) expect(out).not.toContain(file)
    expect(out).not.toContain('riverton-bridge/')
  })

  test('json keeps the file paths, for machines', () => {
    const story = JSON.parse(report('json')) as {articles: Array<{file: string, outlet: string}>}
    expect(story.articles.map((article) => path.basename(article.file))).toEqual(files)
    expect(story.articles.map((article) => article.outlet)).toEqual(outlets)
  })

  test('text: every line within 80 columns by default, and within $COLUMNS when set', () => {
    const width = (text: string) => Math.max(...text.split('\n').map((line) => [...line].length))
    expect(width(report('text', {COLUMNS: ''}))).toBeLessThanOrEqual(80)
    expect(width(report('text', {COLUMNS: '60'}))).toBeLessThanOrEqual(60)
    expect(width(report('text', {COLUMNS: '120'}))).toBeLessThanOrEqual(120)
  })

  test('text: plurals agree with their counts', () => {
    const out = report('text')
    expect(out).not.toMatch(/\b1 (?:articles|quotes|claims|conflicts|outlets|days)\b/)
    expect(out).not.toMatch(/\b(?:[02-9]|\d\d+) (?:article|quote|claim|conflict|outlet|day)\b(?!s)/)
    expect(out).toContain('1 quote,')
  })

  test('what differs comes first: the conflict with every outlet’s sentence', () => {
    const out = report('text')
    const differs = out.indexOf('What differs')
    expect(differs).toBeGreaterThan(0)
    expect(differs).toBeLessThan(out.indexOf('Quotes'))
    expect(differs).toBeLessThan(out.indexOf('Facts'))
    const section = out.slice(differs, out.indexOf('Quotes ('))
    for (const outlet of outlets) expect(section).toContain(outlet)
    expect(section).toMatch(/sure\)/)
    expect(section).toContain('Why:')
  })

  test('the altered quote shows the words that changed, in each format', () => {
    expect(report('text')).toMatch(/changed: “[^”]*this[^”]*” → “[^”]*the[^”]*”/)
    expect(report('markdown')).toMatch(/~~[^~]*this[^~]*~~ → \*\*[^*]*the[^*]*\*\*/)
    const html = report('html')
    expect(html).toMatch(/<del>(?:<span class="vh">[^<]*<\/span>)?[^<]*this[^<]*<\/del> → <ins>(?:<span class="vh">[^<]*<\/span>)?[^<]*the[^<]*<\/ins>/)
    expect(html).toContain('<mark class="changed">')
  })

  test('sourcing: who an outlet says first reported the story', () => {
    expect(report('text')).toMatch(/reported by Riverton Courier/)
    expect(report('markdown')).toMatch(/according to Riverton Fire Department/)
  })
})
