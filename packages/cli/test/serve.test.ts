import {spawn} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {bin, repoRoot, runCli} from './run-cli.js'

/** Start `corroborate serve ARGS` and wait for the address it prints. */
function start(args: readonly string[]) {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], {cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  const url = new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const match = /serving \d+ articles? at (http:\/\/\S+\/)/.exec(stderr)
      if (match) resolve(match[1]!)
    })
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)))
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {child, url, exited, stderr: () => stderr}
}

describe('corroborate serve', () => {
  test('serves the web app and the given articles on localhost, and stops on SIGTERM', async () => {
    const server = start(['seeds/', 'nope.txt'])
    const url = await server.url
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const page = await fetch(url)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toContain('<script')
    const loaded = await (await fetch(new URL('corroborate-articles.json', url))).json() as {articles: Array<{file: string, text: string, outlet: string, format: string}>}
    expect(loaded.articles).toHaveLength(5)
    for (const article of loaded.articles) {
      expect(article.text).toBe(readFileSync(path.join(repoRoot, article.file), 'utf8'))
      expect(article.format).toBe('text')
      expect(article.outlet).toBe(path.basename(article.file, '.txt'))
    }
    expect((await fetch(new URL('../../etc/passwd', url))).status).not.toBe(200)
    expect((await fetch(new URL('no-such-file.js', url))).status).toBe(404)
    expect(server.stderr()).toContain('nope.txt')
    server.child.kill('SIGTERM')
    // A file that failed to load makes the exit code 1, as for every other command.
    expect(await server.exited).toBe(1)
  })

  test('--help and bad options', () => {
    const help = runCli(['serve', '--help'])
    expect(help.code).toBe(0)
    expect(help.stderr).toContain('Usage: corroborate serve')
    expect(runCli(['serve', '--port', 'x', 'seeds/']).code).toBe(2)
    expect(runCli(['--help']).stderr).toContain('serve')
  })
})
