import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {parse} from 'yaml'
import {runCli} from './run-cli.js'

// A small invented corpus: two reports of one harbour storm, one bridge opening,
// and a broken file.
describe('corroborate stories', () => {
  let folder = ''
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-stories-'))
    writeFileSync(path.join(folder, 'a.txt'), 'Storm floods Riverton harbour\n\nA storm flooded the harbour of Riverton on Monday, Mayor Dana Okafor said. Okafor said 40 boats sank and the harbour wall broke.\n')
    writeFileSync(path.join(folder, 'b.txt'), 'Riverton harbour under water\n\nMayor Dana Okafor of Riverton said the storm sank 40 boats in the harbour. The harbour wall broke during the night.\n')
    writeFileSync(path.join(folder, 'c.txt'), 'Vessa bridge opens\n\nThe new bridge over the Vessa river opened to traffic on Saturday, engineer Priya Halvorsen said.\n')
    writeFileSync(path.join(folder, 'empty.txt'), '')
  })
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  test('--format json: every good article in one story, the broken one named, exit 1', () => {
    const {code, stdout, stderr} = runCli(['stories', '--format', 'json', folder])
    expect(code).toBe(1)
    expect(stderr).toMatch(/empty\.txt: empty file/)
    const {version, stories} = JSON.parse(stdout) as {version: number, stories: Array<{files: string[], label: string, confidence: number}>}
    expect(version).toBe(1)
    const groups = stories.map((story) => story.files.map((file) => path.basename(file)).sort())
    expect(groups).toEqual([['a.txt', 'b.txt'], ['c.txt']])
    expect(stories[0]!.label).toBeTruthy()
  })

  test('--format jsonl prints one story a line', () => {
    const {stdout} = runCli(['stories', '--format', 'jsonl', path.join(folder, 'a.txt'), path.join(folder, 'b.txt'), path.join(folder, 'c.txt')])
    expect(stdout.trim().split('\n').map((line) => (JSON.parse(line) as {id: string}).id)).toEqual(['s1', 's2'])
  })

  test('--out-dir writes a story.yaml per story and --compare a report that reads it', () => {
    const out = path.join(folder, 'out')
    const {code} = runCli(['stories', '--out-dir', out, '--compare', 'json', path.join(folder, 'a.txt'), path.join(folder, 'b.txt'), path.join(folder, 'c.txt')])
    expect(code).toBe(0)
    const manifest = parse(readFileSync(path.join(out, 's1', 'story.yaml'), 'utf8')) as {articles: Array<{file: string}>}
    expect(manifest.articles.map((article) => path.basename(article.file)).sort()).toEqual(['a.txt', 'b.txt'])
    const report = JSON.parse(readFileSync(path.join(out, 's1', 'report.json'), 'utf8')) as {articles: unknown[]}
    expect(report.articles).toHaveLength(2)
    // A story of one article has nothing to compare.
    expect(existsSync(path.join(out, 's2', 'report.json'))).toBe(false)
  })

  test('usage errors exit 2 with a hint', () => {
    expect(runCli(['stories', '--format', 'csv', folder]).code).toBe(2)
    expect(runCli(['stories', '--compare', 'html', folder]).stderr).toMatch(/--out-dir/)
    expect(runCli(['stories']).code).toBe(2)
  })
})
