import {mkdtempSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'

const article = 'Title\n\nAnna Berg said "the water rose faster than anyone expected," on Monday.\n'

function folder() {
  return mkdtempSync(path.join(tmpdir(), 'corroborate-inputs-'))
}

describe('inputs', () => {
  test('a literal path with glob characters is that file, not a pattern', () => {
    const dir = folder()
    for (const name of ['article (1).txt', 'a[1].txt', 'a1.txt', 'b{x}!.txt']) writeFileSync(path.join(dir, name), article)
    const one = runCli(['quotes', '--format', 'json', 'a[1].txt'], {cwd: dir})
    expect(one.code).toBe(0)
    expect((JSON.parse(one.stdout) as {articles: Array<{file: string}>}).articles.map((a) => a.file)).toEqual(['a[1].txt'])
    expect(runCli(['quotes', 'article (1).txt', 'b{x}!.txt'], {cwd: dir}).code).toBe(0)
    // Patterns still work for what is not a path; --no-glob turns them off.
    expect(runCli(['quotes', '--format', 'json', '*.txt'], {cwd: dir}).code).toBe(0)
    expect(runCli(['quotes', '--no-glob', '*.txt'], {cwd: dir}).code).toBe(1)
  })

  test('a manifest may not reach outside its folder unless allowed', () => {
    const dir = folder()
    mkdirSync(path.join(dir, 'story'))
    writeFileSync(path.join(dir, 'outside.txt'), article)
    writeFileSync(path.join(dir, 'story', 'inside.txt'), article)
    writeFileSync(path.join(dir, 'story', 'story.yaml'), 'articles:\n  - file: inside.txt\n    outlet: Inside\n  - file: ../outside.txt\n    outlet: Outside\n')
    const confined = runCli(['quotes', '--format', 'json', 'story/story.yaml'], {cwd: dir})
    expect(confined.code).toBe(1)
    expect(confined.stderr).toContain('outside the manifest')
    expect((JSON.parse(confined.stdout) as {articles: unknown[]}).articles).toHaveLength(1)
    const allowed = runCli(['quotes', '--format', 'json', '--allow-outside', 'story/story.yaml'], {cwd: dir})
    expect(allowed.code).toBe(0)
    expect((JSON.parse(allowed.stdout) as {articles: unknown[]}).articles).toHaveLength(2)
  })

  test('files in another encoding are read, each with a note on stderr saying how; the exit code stays 0', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    writeFileSync(path.join(dir, 'latin.txt'), Buffer.from('Caf\xe9 shut\n\nRen\xe9 Okoro said "the caf\xe9 shut for good," on Monday.\n', 'latin1'))
    writeFileSync(path.join(dir, 'wide.txt'), Buffer.from(article, 'utf16le'))
    const {code, stdout, stderr} = runCli(['quotes', '--format', 'json', dir])
    expect(code).toBe(0)
    const files = (JSON.parse(stdout) as {articles: Array<{file: string, quotes: Array<{text: string}>}>}).articles
    expect(files.map((a) => a.quotes[0]?.text)).toEqual(['the water rose faster than anyone expected,', 'the café shut for good,', 'the water rose faster than anyone expected,'])
    expect(stderr).toMatch(/latin\.txt: note: expected UTF-8 text or a declared encoding, .*read as windows-1252/)
    expect(stderr).toMatch(/wide\.txt: note: expected UTF-8 text, found UTF-16 without a byte-order mark .*read as UTF-16LE/)
    expect(stderr).not.toMatch(/a\.txt: note/)
  })

  test('an article in another language is read, with a note that the parsers read English only', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    writeFileSync(path.join(dir, 'fr.txt'), 'Retard du bac\n\nLe bac pour l’île est parti avec une heure de retard vendredi, et l’exploitant a déclaré que c’était le troisième retard du mois, selon le bureau du port.\n')
    const {code, stderr} = runCli(['quotes', dir])
    expect(code).toBe(0)
    expect(stderr).toMatch(/fr\.txt: note: expected English text, found few common English words .*found in English only/)
    expect(stderr).not.toMatch(/a\.txt: note/)
  })

  test('a manifest inside a folder given as input is named in a note, not dropped silently', () => {
    const dir = folder()
    mkdirSync(path.join(dir, 'story'))
    writeFileSync(path.join(dir, 'story', 'inside.txt'), article)
    writeFileSync(path.join(dir, 'story', 'story.yaml'), 'articles:\n  - file: inside.txt\n    outlet: Inside Wire\n')
    const folderRun = runCli(['quotes', '--format', 'json', 'story'], {cwd: dir})
    expect(folderRun.code).toBe(0)
    expect(folderRun.stderr).toContain(`note: ${path.join('story', 'story.yaml')}: YAML inside a folder is not read; if it is a story manifest, give it by name`)
    const named = runCli(['quotes', '--format', 'json', 'story/story.yaml'], {cwd: dir})
    expect(named.code).toBe(0)
    expect(named.stderr).toBe('')
  })

  test('each refused file says what is wrong and what to do; the good one is still read', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    writeFileSync(path.join(dir, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x00, 0x00, 0x02]))
    writeFileSync(path.join(dir, 'cut.json'), '{"title": "Dam vote", "text": "The council')
    writeFileSync(path.join(dir, 'shape.json'), '{"title": "Dam vote", "text": ["The council voted."]}')
    const {code, stdout, stderr} = runCli(['quotes', '--format', 'json', dir])
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as {articles: unknown[]}).articles).toHaveLength(1)
    expect(stderr).toMatch(/scan\.txt: expected text, found binary data .*; save it as text, Markdown or HTML first/)
    expect(stderr).toMatch(/cut\.json: expected JSON, .*; fix the JSON, or read it as plain text with --input-format text/)
    expect(stderr).toMatch(/shape\.json: .*\$\.text: expected string.*; an article in JSON is an object with its body as a string/)
  })

  test('links pointing at each other are named as a loop, a dangling link as a link to nothing', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    symlinkSync('second.txt', path.join(dir, 'first.txt'))
    symlinkSync('first.txt', path.join(dir, 'second.txt'))
    symlinkSync('gone.txt', path.join(dir, 'dangling.txt'))
    const {code, stderr} = runCli(['quotes', dir])
    expect(code).toBe(1)
    expect(stderr).toContain('first.txt: a symbolic link loop; skipped')
    expect(stderr).toContain('second.txt: a symbolic link loop; skipped')
    expect(stderr).toContain('dangling.txt: a symbolic link to nothing; skipped')
  })

  test('a manifest naming a missing file says which manifest names it; the rest are read', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'here.txt'), article)
    writeFileSync(path.join(dir, 'story.yaml'), 'articles:\n  - file: here.txt\n    outlet: Here Wire\n  - file: gone.txt\n    outlet: Gone Wire\n')
    const {code, stdout, stderr} = runCli(['quotes', '--format', 'json', 'story.yaml'], {cwd: dir})
    expect(code).toBe(1)
    expect((JSON.parse(stdout) as {articles: unknown[]}).articles).toHaveLength(1)
    expect(stderr).toContain("story.yaml: 'gone.txt' is named in the manifest but does not exist; skipped")
  })

  test('standard input is refused past --max-size', () => {
    const big = `Title\n\n${'word '.repeat(50_000)}\n`
    const {code, stderr} = runCli(['quotes', '--max-size', '10KB', '-'], {input: big})
    expect(code).toBe(1)
    expect(stderr).toContain('too large')
  })

  test('--jobs beyond the cores is capped with a warning', () => {
    const dir = folder()
    writeFileSync(path.join(dir, 'a.txt'), article)
    const {code, stderr} = runCli(['quotes', '-j', '400', dir])
    expect(code).toBe(0)
    expect(stderr).toMatch(/--jobs 400 is more than this machine's \d+ cores/)
  })
})
