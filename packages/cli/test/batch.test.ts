import {mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {repoRoot, runCli} from './run-cli.js'

// A batch as researchers run it: a folder of good articles with an empty file, a
// binary file and a 60 MB file among them, on one thread and on the worker pool.
describe('a folder with broken and huge files among good ones', () => {
  let folder = ''
  const seeds = readdirSync(path.join(repoRoot, 'seeds')).filter((name) => name.endsWith('.txt'))

  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-batch-'))
    for (const name of seeds) writeFileSync(path.join(folder, name), readFileSync(path.join(repoRoot, 'seeds', name)))
    writeFileSync(path.join(folder, 'empty.txt'), '')
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from(Array.from({length: 4096}, (_, i) => (i * 7919) % 256)))
    // 60 MB of real-looking prose: over the default 20 MB limit.
    const paragraph = 'The council met on Tuesday and voted 7 to 2 to approve the budget, officials said. '
    writeFileSync(path.join(folder, 'huge.txt'), paragraph.repeat(Math.ceil(60_000_000 / paragraph.length)))
  })
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  for (const jobs of ['1', '2']) {
    test(`quotes --format jsonl --jobs ${jobs}: every good file reported, every bad one named, exit 1`, () => {
      const {code, stdout, stderr} = runCli(['quotes', '--format', 'jsonl', '--jobs', jobs, folder])
      expect(code).toBe(1)
      const files = stdout.trim().split('\n').map((line) => path.basename((JSON.parse(line) as {file: string}).file))
      expect(files).toEqual([...seeds].sort())
      expect(stderr).toMatch(/empty\.txt: empty file/)
      expect(stderr).toMatch(/binary\.txt: .*binary data/)
      expect(stderr).toMatch(/huge\.txt: too large: 60 MB, the limit is 20 MB/)
      expect(stderr.trim().split('\n').at(-1)).toMatch(new RegExp(`^corroborate: 3 of ${seeds.length + 3} inputs failed; ${seeds.length} processed \\(\\d+ KB\\)$`))
    })
  }

  test('the story report still compares the good articles', () => {
    const {code, stdout, stderr} = runCli(['report', '--format', 'json', folder])
    expect(code).toBe(1)
    const story = JSON.parse(stdout) as {articles: Array<{file: string}>, quoteGroups: unknown[]}
    expect(story.articles).toHaveLength(seeds.length)
    expect(story.quoteGroups.length).toBeGreaterThan(0)
    expect(stderr).toContain('huge.txt')
  })

  test('a raised --max-size: a file over the default limit is analysed or named as too big, never a crash, and the rest go on', () => {
    // Just over the default 20 MB: what a raised limit lets through, at a third of the 60 MB file's cost.
    const paragraph = 'The council met on Tuesday and voted 7 to 2 to approve the budget, officials said. '
    const big = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-big-')), 'big.txt')
    writeFileSync(big, paragraph.repeat(Math.ceil(21_000_000 / paragraph.length)))
    const {code, stdout, stderr} = runCli(['quotes', '--format', 'jsonl', '--max-size', '25MB', big, path.join(folder, seeds[0]!)])
    rmSync(path.dirname(big), {recursive: true, force: true})
    const files = stdout.trim().split('\n').map((line) => path.basename((JSON.parse(line) as {file: string}).file))
    expect(files).toContain(seeds[0])
    if (code === 1) expect(stderr).toMatch(/big\.txt: out of memory/)
    else expect(files).toContain('big.txt')
    expect(stderr).not.toMatch(/FATAL|heap limit/)
  }, 300_000)
})
