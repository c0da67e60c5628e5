import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'

// A per-file time budget: a file that takes too long is named and skipped, the rest go on.
describe('--timeout', () => {
  let folder = ''
  beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-budget-'))
    writeFileSync(path.join(folder, 'a-short.txt'), 'Ferry talks resume\n\n"We will sign soon," the harbour chair Oren Vale said on Monday.\n')
    // About 5 MB of prose: seconds of work, far past a half-second budget.
    const paragraph = 'The harbour board met on Tuesday and voted 7 to 2 to approve the ferry budget, officials said.\n\n'
    writeFileSync(path.join(folder, 'b-long.txt'), paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)))
    writeFileSync(path.join(folder, 'c-short.txt'), 'Ferry deal\n\n"It is done," said the mayor, Dana Okafor.\n')
  })
  afterAll(() => rmSync(folder, {recursive: true, force: true}))

  for (const jobs of ['1', '2']) {
    test(`--jobs ${jobs}: the slow file is named as over the budget, the others are reported`, () => {
      const {code, stdout, stderr} = runCli(['quotes', '--format', 'jsonl', '--jobs', jobs, '--timeout', '0.5', folder])
      expect(code).toBe(1)
      expect(stderr).toMatch(/b-long\.txt: took longer than 0\.5 s to analyse/)
      const files = stdout.trim().split('\n').map((line) => path.basename((JSON.parse(line) as {file: string}).file))
      expect(files).toEqual(['a-short.txt', 'c-short.txt'])
    })
  }

  test('a bad --timeout is a usage error', () => {
    const {code, stderr} = runCli(['quotes', '--timeout', 'soon', folder])
    expect(code).toBe(2)
    expect(stderr).toMatch(/expected --timeout as seconds/)
  })
})
