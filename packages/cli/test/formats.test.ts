import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Ajv2020 from 'ajv/dist/2020.js'
import {describe, expect, test} from 'vitest'
import {repoRoot, runCli} from './run-cli.js'

// The schema as users get it: through the package's exports.
const storySchema = createRequire(import.meta.url)('@corroborate/core/schema/story.schema.json') as object
const seedFiles = readdirSync(path.join(repoRoot, 'seeds')).filter((name) => name.endsWith('.txt')).map((name) => `seeds/${name}`)
const textOf = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8')

// Each command line runs once: the binary takes a second or two on a shared machine.
const outputs = new Map<string, ReturnType<typeof runCli>>()
function run(args: readonly string[]): ReturnType<typeof runCli> {
  const key = args.join('\u0000')
  if (!outputs.has(key)) outputs.set(key, runCli(args))
  return outputs.get(key)!
}

interface Collection {
  '@context': string
  id: string
  type: string
  total: number
  first: {type: string, items: Array<{id: string, type: string, motivation: string, body: Array<{type: string, value: string}>,
    target: {source: string, selector: Array<{type: string, exact?: string, prefix?: string, suffix?: string, start?: number, end?: number}>}}>}
}

/** The Web Annotation shape, and every selector finds its words in the file as read. */
function expectAnnotations(stdout: string): Collection {
  const collection = JSON.parse(stdout) as Collection
  expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
  expect(collection.type).toBe('AnnotationCollection')
  expect(collection.first.type).toBe('AnnotationPage')
  expect(collection.total).toBe(collection.first.items.length)
  expect(collection.total).toBeGreaterThan(0)
  expect(new Set(collection.first.items.map((item) => item.id)).size).toBe(collection.total)
  for (const item of collection.first.items) {
    expect(item.type).toBe('Annotation')
    expect(item.body[0]!.type).toBe('TextualBody')
    const [quote, position] = item.target.selector
    expect(quote!.type).toBe('TextQuoteSelector')
    expect(position!.type).toBe('TextPositionSelector')
    const chars = Array.from(textOf(item.target.source))
    expect(chars.slice(position!.start, position!.end).join('')).toBe(quote!.exact)
    expect(chars.slice(0, position!.start).join('').endsWith(quote!.prefix!)).toBe(true)
    expect(chars.slice(position!.end).join('').startsWith(quote!.suffix!)).toBe(true)
  }
  return collection
}

/** RFC 4180 CSV to rows. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i]
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    }
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  expect(field).toBe('')
  return rows
}

describe('report formats on the sample story', () => {
  test('every format prints, exit 0, nothing on stderr', () => {
    for (const format of ['text', 'json', 'markdown', 'html', 'annotations', 'jsonld']) {
      const {code, stdout, stderr} = run(['report', '--format', format, 'seeds'])
      expect(stderr, format).toBe('')
      expect(code, format).toBe(0)
      expect(stdout.length, format).toBeGreaterThan(500)
    }
  })

  test('json validates against the story schema', () => {
    const {stdout} = run(['report', '--format', 'json', 'seeds'])
    const validate = new Ajv2020({allErrors: true, strict: true}).compile(storySchema)
    const ok = validate(JSON.parse(stdout))
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test('annotations: a Web Annotation collection anchored in the files', () => {
    const story = JSON.parse(run(['report', '--format', 'json', 'seeds']).stdout) as {claims: unknown[], quoteGroups: Array<{members: unknown[]}>, conflicts: Array<{members: unknown[]}>}
    const collection = expectAnnotations(run(['report', '--format', 'annotations', 'seeds']).stdout)
    // One per quote rendering, per claim and per outlet's sentence in each conflict.
    const members = (groups: Array<{members: unknown[]}>) => groups.reduce((n, group) => n + group.members.length, 0)
    expect(collection.total).toBe(story.claims.length + members(story.quoteGroups) + members(story.conflicts))
  })

  test('jsonld: schema.org NewsArticles, Quotations and Claims', () => {
    const document = JSON.parse(run(['report', '--format', 'jsonld', 'seeds']).stdout) as {'@context': string, '@graph': Array<{'@type': string, publisher?: {name: string}}>}
    expect(document['@context']).toBe('https://schema.org')
    const types = new Set(document['@graph'].map((node) => node['@type']))
    for (const type of ['NewsArticle', 'Quotation', 'Claim', 'Person']) expect(types.has(type)).toBe(true)
    const articles = document['@graph'].filter((node) => node['@type'] === 'NewsArticle')
    expect(articles.length).toBe(seedFiles.length)
    // With no metadata, the CLI names the outlet after the file.
    expect(articles.every((article) => article.publisher?.name)).toBe(true)
  })

  test('html: one page with every article’s text', () => {
    const {stdout} = run(['report', '--format', 'html', 'seeds'])
    expect(stdout).toMatch(/^<!doctype html>/)
    expect(stdout.trimEnd()).toMatch(/<\/html>$/)
    expect(stdout.match(/<article class="article-text"/g)?.length).toBe(seedFiles.length)
  })
})

describe('html escapes what articles carry', () => {
  test('markup in an article is shown as text', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-html-'))
    writeFileSync(path.join(folder, 'a.txt'), 'Breach <script>alert(1)</script>\n"<img src=x onerror=alert(1)> was found," Chief Dana O\'Hara said on Monday.\nIt hit 40 firms & 3 banks.')
    writeFileSync(path.join(folder, 'b.txt'), 'Breach\n"<img src=x onerror=alert(1)> was found," Dana O\'Hara said on Monday.\nIt hit 41 firms & 3 banks.')
    const {code, stdout, stderr} = runCli(['report', '--format', 'html', folder])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/<script|<img/i)
    expect(stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(stdout).toContain('40 firms &amp; 3 banks')
  })
})

describe('per-article formats', () => {
  test('quotes and claims csv read back to the spans of the json output', () => {
    for (const command of ['quotes', 'claims'] as const) {
      const json = JSON.parse(run([command, '--format', 'json', 'seeds']).stdout) as {articles: Array<{file: string} & Record<typeof command, Array<{start: number, end: number, text: string}>>>}
      const {code, stdout} = run([command, '--format', 'csv', 'seeds'])
      expect(code).toBe(0)
      const [header, ...rows] = readCsv(stdout)
      const column = (name: string) => header!.indexOf(name)
      expect(rows.length).toBe(json.articles.reduce((n, article) => n + article[command].length, 0))
      for (const row of rows) {
        expect(row.length).toBe(header!.length)
        const [start, end] = [Number(row[column('start')]), Number(row[column('end')])]
        expect(textOf(row[column('file')]!).slice(start, end)).toBe(row[column('text')])
      }
    }
  })

  test('quotes and claims as annotations: every one anchored, the same on a worker pool', () => {
    for (const command of ['quotes', 'claims'] as const) {
      const json = JSON.parse(run([command, '--format', 'json', 'seeds']).stdout) as {articles: Array<Record<string, unknown[]>>}
      const single = run([command, '--format', 'annotations', 'seeds'])
      expect(single.code).toBe(0)
      const collection = expectAnnotations(single.stdout)
      expect(collection.total).toBe(json.articles.reduce((n, article) => n + article[command]!.length, 0))
      expect(run([command, '--format', 'annotations', '--jobs', '2', 'seeds']).stdout).toBe(single.stdout)
    }
  })

  test('a format a command cannot print is a usage error', () => {
    const {code, stderr} = run(['quotes', '--format', 'html', 'seeds'])
    expect(code).toBe(2)
    expect(stderr).toContain('annotations')
  })
})
