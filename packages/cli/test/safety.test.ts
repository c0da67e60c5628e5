import {chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'

/** A folder with two short articles of our own. */
function story() {
  const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-safety-'))
  writeFileSync(path.join(dir, 'a.txt'), 'Storm hits coast\n\nAnna Berg said "the water rose faster than anyone expected this year," on Monday.\n')
  writeFileSync(path.join(dir, 'b.txt'), 'Coast flooded\n\n"The water rose faster than anyone expected this year," Anna Berg said.\n')
  return dir
}

/** Each command line succeeds and prints nothing that matches `forbidden`. */
function expectCleanOutput(commands: string[][], forbidden: RegExp) {
  for (const args of commands) {
    const {code, stdout} = runCli(args)
    expect(code).toBe(0)
    expect(stdout).not.toMatch(forbidden)
  }
}

describe('nothing injected', () => {
  test('CSV cells that would start a formula get a leading quote; numbers stay numbers', () => {
    const dir = story()
    writeFileSync(path.join(dir, 'c.txt'), 'Title\n\nTom Reyes said "=SUM(A1:A9) was the formula in the sheet," on Monday.\n')
    const {code, stdout} = runCli(['quotes', '--format', 'csv', path.join(dir, 'c.txt')])
    expect(code).toBe(0)
    const row = stdout.split('\r\n')[1]!
    expect(row).toContain(`"'=SUM(A1:A9)`)
    expect(row).toMatch(/,\d+,\d+,/)
  })

  test('escape sequences in an article or a file name never reach the terminal', () => {
    const dir = story()
    const evil = path.join(dir, 'evil\u001B]0;title\u0007.txt')
    writeFileSync(evil, 'Title\u001B[2J\n\nTom Reyes said "the \u001B[8mhidden\u001B[0m words are here today," on Monday.\rOverwritten\n')
    for (const args of [['quotes', evil], ['report', dir], ['claims', evil], ['entities', evil]]) {
      const {stdout, stderr} = runCli(args)
      expect(stdout).not.toMatch(/[\u001B\u0007\u009B]/)
      expect(stdout).not.toMatch(/\r(?!\n)/)
      expect(stderr).not.toMatch(/[\u001B\u0007]/)
    }
    const {stdout} = runCli(['quotes', evil])
    expect(stdout).toContain('␛[8mhidden')
    const missing = runCli(['quotes', path.join(dir, 'gone\u001B[2J.txt')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('gone␛[2J.txt')
  })

  test('CSV, Markdown and HTML, which are printed as they are, carry no escape sequence either', () => {
    const dir = story()
    writeFileSync(path.join(dir, 'loud\u001B[31m.txt'), 'Ferry late\n\nOlin Marsk said "the \u001B]8;;http://x\u0007boat\u001B]8;;\u0007 left an hour late again," on Friday.\n')
    expectCleanOutput([['quotes', '--format', 'csv', dir], ['claims', '--format', 'csv', dir], ['entities', '--format', 'csv', dir], ['report', '--format', 'markdown', dir], ['report', '--format', 'html', dir]], /[\u001B\u0007\u009B]/)
    expect(runCli(['quotes', '--format', 'csv', dir]).stdout).toContain('loud␛[31m.txt')
  })

  test('a file name with a line break cannot split its error into two lines of stderr', () => {
    const dir = story()
    writeFileSync(path.join(dir, 'blank\nsheet.txt'), '')
    const {code, stderr} = runCli(['quotes', dir])
    expect(code).toBe(1)
    expect(stderr.split('\n').filter(Boolean)).toEqual([`corroborate: ${path.join(dir, 'blank␊sheet.txt')}: empty file; nothing to read; leave it out or add the article text`, 'corroborate: 1 of 3 inputs failed; 2 processed (1 KB)'])
  })

  test('JSON output escapes DEL and C1 controls (a one-character CSI), and parses to the same text', () => {
    const dir = story()
    writeFileSync(path.join(dir, 'c.txt'), 'Tram late\n\nOlin Marsk said "the tram\u009B2J stopped twice\u007F today, all of it," on Friday.\n')
    expectCleanOutput([['quotes', '--format', 'json', dir], ['quotes', '--format', 'jsonl', dir], ['parse', '--format', 'json', dir], ['report', '--format', 'json', dir], ['report', '--format', 'jsonld', dir]], /[\u007F-\u009F]/)
    const quotes = JSON.parse(runCli(['quotes', '--format', 'json', path.join(dir, 'c.txt')]).stdout) as {articles: Array<{quotes: Array<{text: string}>}>}
    expect(quotes.articles[0]!.quotes[0]!.text).toContain('tram\u009B2J stopped twice\u007F today')
  })

  test('JSON-LD and annotations embed safely in an HTML script block', () => {
    const dir = story()
    writeFileSync(path.join(dir, 'c.txt'), 'Title </script><script>alert(1)</script>\n\nTom Reyes said "a </script> tag & more\u2028words are here," on Monday.\n')
    for (const args of [['report', '--format', 'jsonld', dir], ['report', '--format', 'annotations', dir], ['quotes', '--format', 'annotations', dir]]) {
      const {code, stdout} = runCli(args)
      expect(code).toBe(0)
      expect(stdout).not.toMatch(/[<>&\u2028\u2029]/)
      expect(() => JSON.parse(stdout)).not.toThrow()
    }
  })
})

describe('nothing lost', () => {
  test('-o naming an input is refused and the input kept', () => {
    const dir = story()
    const before = readFileSync(path.join(dir, 'a.txt'), 'utf8')
    const {code, stderr} = runCli(['report', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '-o', path.join(dir, 'a.txt')])
    expect(code).toBe(2)
    expect(stderr).toContain('names one of the inputs')
    expect(readFileSync(path.join(dir, 'a.txt'), 'utf8')).toBe(before)
  })

  test('an existing output is left as it was when every input fails', () => {
    const dir = story()
    const out = path.join(dir, 'out.json')
    writeFileSync(out, 'keep me')
    const {code} = runCli(['report', '--format', 'json', path.join(dir, 'missing.txt'), '-o', out])
    expect(code).toBe(1)
    expect(readFileSync(out, 'utf8')).toBe('keep me')
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  test('a report written into the input folder is not read back as an article', () => {
    const dir = story()
    for (const format of ['json', 'html', 'markdown', 'text', 'jsonld']) {
      const out = path.join(dir, `report-${format}.${format === 'markdown' ? 'md' : format === 'text' ? 'txt' : format === 'jsonld' ? 'json' : format}`)
      expect(runCli(['report', '--format', format, dir, '-o', out]).code).toBe(0)
    }
    const again = runCli(['report', '--format', 'json', dir])
    expect(again.code).toBe(0)
    expect((JSON.parse(again.stdout) as {articles: unknown[]}).articles).toHaveLength(2)
    expect(again.stderr).toContain('not an article')
  })

  test('-o - writes to standard output', () => {
    const dir = story()
    const {code, stdout} = runCli(['report', '--format', 'json', dir, '-o', '-'])
    expect(code).toBe(0)
    expect(JSON.parse(stdout)).toHaveProperty('quoteGroups')
  })

  test('an output folder that cannot be written fails before the work, in one line', () => {
    const dir = story()
    const {code, stderr} = runCli(['report', dir, '-o', path.join(dir, 'no', 'such', 'out.md')])
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain('cannot write: no such file or folder')
  })

  test.skipIf(process.getuid?.() === 0)('an unreadable subfolder is named and skipped; the rest go on', () => {
    const dir = story()
    const locked = path.join(dir, 'locked')
    mkdirSync(locked)
    writeFileSync(path.join(locked, 'c.txt'), 'Title\n\nText.\n')
    chmodSync(locked, 0)
    try {
      const {code, stdout, stderr} = runCli(['quotes', '--format', 'json', dir])
      expect(code).toBe(1)
      expect(stderr).toContain('cannot read this folder')
      expect((JSON.parse(stdout) as {articles: unknown[]}).articles).toHaveLength(2)
    } finally {
      chmodSync(locked, 0o755)
    }
  })
})
