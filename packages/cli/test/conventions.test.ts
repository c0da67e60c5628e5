import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'

const article = 'Title\n\nAnna Berg said "the water rose faster than anyone expected," on Monday.\n'

function folder() {
  return mkdtempSync(path.join(tmpdir(), 'corroborate-conventions-'))
}

describe('CLI conventions', () => {
  test('help and version go to stdout', () => {
    expect(runCli(['--help']).stdout).toContain('Usage: corroborate')
    expect(runCli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  test('piped standard input is read when no file is given; empty input is a usage error', () => {
    const piped = runCli(['quotes', '--format', 'json'], {input: article})
    expect(piped.code).toBe(0)
    expect((JSON.parse(piped.stdout) as {articles: Array<{file: string}>}).articles[0]!.file).toBe('-')
    expect(runCli(['quotes'], {input: ''}).code).toBe(2)
  })

  test('FORCE_COLOR forces colour; NO_COLOR and TERM=dumb turn it off', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    const run = (env: Record<string, string>) => runCli(['quotes', path.join(dir, 'a.txt')], {env: {NO_COLOR: '', ...env}}).stdout
    expect(run({FORCE_COLOR: '1'})).toContain('\u001B[')
    expect(run({FORCE_COLOR: '0'})).not.toContain('\u001B[')
    expect(run({TERM: 'dumb'})).not.toContain('\u001B[')
    expect(run({NO_COLOR: '1'})).not.toContain('\u001B[')
  })

  test('a bad manifest is an error naming the manifest and the entry', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    writeFileSync(path.join(dir, 'broken.yaml'), 'articles: [\n  - file: a.txt\n')
    writeFileSync(path.join(dir, 'entry.yaml'), 'articles:\n  - file: a.txt\n  - outlet: Nameless\n')
    const broken = runCli(['report', path.join(dir, 'broken.yaml')])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toContain('broken.yaml: not a valid story manifest')
    const entry = runCli(['report', path.join(dir, 'entry.yaml')])
    expect(entry.code).toBe(1)
    expect(entry.stderr).toContain('article 2 of the manifest has no `file`')
  })

  test('symbolic links are followed and loops detected', () => {
    const dir = folder()
    mkdirSync(path.join(dir, 'real'))
    writeFileSync(path.join(dir, 'real', 'a.txt'), article)
    mkdirSync(path.join(dir, 'story'))
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'story', 'linked'))
    symlinkSync(path.join(dir, 'real', 'a.txt'), path.join(dir, 'story', 'b.txt'))
    symlinkSync(path.join(dir, 'story'), path.join(dir, 'story', 'loop'))
    const {code, stdout, stderr} = runCli(['quotes', '--format', 'json', path.join(dir, 'story')])
    expect((JSON.parse(stdout) as {articles: unknown[]}).articles).toHaveLength(2)
    expect(stderr).toContain('loop')
    expect(code).toBe(1)
  })

  test('file errors in plain words, and no byte count when nothing was read', () => {
    const {code, stderr} = runCli(['quotes', '/no/such/file.txt'])
    expect(code).toBe(1)
    expect(stderr).not.toMatch(/ENOENT|stat '/)
    expect(stderr).toContain('0 processed\n')
  })
})
