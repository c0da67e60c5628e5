import {mkdtempSync, writeFileSync, mkdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'

describe('corroborate', () => {
  test('--version prints the package version', () => {
    const {code, stdout} = runCli(['--version'])
    expect(code).toBe(0)
    expect(stdout.trim()).toBe(JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'package.json'), 'utf8')).version)
  })

  test('--help lists commands and examples on stdout', () => {
    const {code, stdout, stderr} = runCli(['parse', '--help'])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toContain('Usage: corroborate parse')
    expect(stdout).toContain('Examples:')
  })

  test('usage errors exit 2 with a suggestion', () => {
    const command = runCli(['pars', 'seeds'])
    expect(command.code).toBe(2)
    expect(command.stderr).toContain("Did you mean 'parse'?")
    const option = runCli(['parse', '--fromat', 'json', 'seeds'])
    expect(option.code).toBe(2)
    expect(option.stderr).toContain("Did you mean '--format'?")
    expect(runCli(['parse', '--format', 'yaml', 'seeds']).code).toBe(2)
    expect(runCli(['parse']).code).toBe(2)
  })

  test('parse --format json gives one article per file, spans into the text as read', () => {
    const {code, stdout, stderr} = runCli(['parse', '--format', 'json', 'seeds'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    const result = JSON.parse(stdout) as {version: number, articles: Array<{file: string, text: string, sentences: Array<{start: number, end: number, text: string}>}>}
    expect(result.version).toBe(1)
    expect(result.articles.length).toBeGreaterThanOrEqual(5)
    for (const article of result.articles) {
      expect(article.text).toBe(readFileSync(article.file, 'utf8'))
      for (const sentence of article.sentences) expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text)
    }
  })

  test('reads standard input with -', () => {
    const {code, stdout} = runCli(['parse', '--format', 'json', '-'], {input: 'Leaders meet in Geneva\n\nThe two leaders met on Monday.'})
    expect(code).toBe(0)
    const article = (JSON.parse(stdout) as {articles: Array<{file: string, title: string}>}).articles[0]!
    expect(article.file).toBe('-')
    expect(article.title).toBe('Leaders meet in Geneva')
  })

  test('a folder with broken files: good ones processed, bad ones named, exit 1', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-'))
    mkdirSync(path.join(folder, 'nested'))
    writeFileSync(path.join(folder, 'good.txt'), 'The council met on Tuesday. It voted 7 to 2.')
    writeFileSync(path.join(folder, 'nested', 'good.md'), '# Vote\n\nThe council voted on Tuesday.')
    writeFileSync(path.join(folder, 'empty.txt'), '')
    writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
    writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('caf\xe9 au lait', 'latin1'))
    writeFileSync(path.join(folder, 'big.txt'), 'word '.repeat(300_000))
    writeFileSync(path.join(folder, 'nav.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>')
    const {code, stdout, stderr} = runCli(['parse', '--format', 'json', '--max-size', '1MB', folder])
    expect(code).toBe(1)
    const files = (JSON.parse(stdout) as {articles: Array<{file: string}>}).articles.map((article) => path.basename(article.file))
    // latin1.txt has no declaration and is not UTF-8: it is read as windows-1252, with a note.
    expect(files.sort()).toEqual(['good.md', 'good.txt', 'latin1.txt'])
    const lines = stderr.trim().split('\n')
    for (const name of ['empty.txt', 'binary.txt', 'big.txt', 'nav.html']) {
      expect(lines.some((line) => line.includes(name))).toBe(true)
    }
    expect(stderr).toContain('empty file')
    expect(stderr).toContain('binary data')
    expect(stderr).toContain('too large')
    expect(lines.at(-1)).toContain('4 of 7 inputs failed')
  })

  test('a missing file is named, the rest go on', () => {
    const {code, stdout, stderr} = runCli(['parse', 'nope.txt', 'seeds/000_477ff89220c405d6.txt'])
    expect(code).toBe(1)
    expect(stderr).toContain('nope.txt: no such file or folder')
    expect(stdout).toContain('seeds/000_477ff89220c405d6.txt')
  })

  test('-o writes the output to a file', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-')), 'out.json')
    const {code, stdout} = runCli(['parse', '-f', 'json', '-o', out, 'seeds/000_477ff89220c405d6.txt'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(JSON.parse(readFileSync(out, 'utf8')).articles).toHaveLength(1)
  })

  test('runs the default command on the sample story', () => {
    const {code, stdout} = runCli(['seeds/'])
    expect(code).toBe(0)
    // Outlets by name (here the file's stem: the sample has no outlet metadata), never by path.
    expect(stdout).toContain('A 000_477ff89220c405d6')
    expect(stdout).not.toContain('seeds/')
    expect(stdout).toContain('What differs')
  })
})
