import {spawn} from 'node:child_process'
import {connect} from 'node:net'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
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

/** Send one raw HTTP request (any request line, any Host) and return the status code. */
function raw(url: string, target: string, host?: string): Promise<number> {
  const {hostname, port} = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host ?? `${hostname}:${port}`}\r\nConnection: close\r\n\r\n`)
    })
    let data = ''
    socket.on('data', (chunk: Buffer) => { data += chunk.toString() })
    socket.on('end', () => resolve(Number(/^HTTP\/1\.1 (\d+)/.exec(data)?.[1] ?? 0)))
    socket.on('error', reject)
  })
}

describe('corroborate serve', () => {
  test('malformed requests get 400, foreign hosts 421, paths stay inside; the server keeps running', async () => {
    const server = start(['seeds/'])
    const url = await server.url
    try {
      expect(await raw(url, '/%')).toBe(400)
      expect(await raw(url, '//[')).toBe(400)
      expect(await raw(url, '/', 'attacker.example')).toBe(421)
      expect(await raw(url, '/corroborate-articles.json', 'attacker.example:80')).toBe(421)
      expect(await raw(url, '/../../etc/passwd')).not.toBe(200)
      expect(await raw(url, '/%2e%2e/%2e%2e/etc/passwd')).not.toBe(200)
      expect(await raw(url, '/', 'localhost')).toBe(200)
      const page = await fetch(url)
      expect(page.status).toBe(200)
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(page.headers.get('x-frame-options')).toBe('DENY')
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

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
      // No manifest names them: the page, not the server, falls back to the article's metadata, domain, then file.
      expect(article.outlet).toBeNull()
    }
    expect((await fetch(new URL('../../etc/passwd', url))).status).not.toBe(200)
    expect((await fetch(new URL('no-such-file.js', url))).status).toBe(404)
    expect(server.stderr()).toContain('nope.txt')
    server.child.kill('SIGTERM')
    // A file that failed to load makes the exit code 1, as for every other command.
    expect(await server.exited).toBe(1)
  })

  test('a bad file is named on stderr as one safe line, with what to do', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-serve-'))
    writeFileSync(path.join(dir, 'good.txt'), 'Ferry late\n\nOlin Marsk said "the boat left an hour late again," on Friday.\n')
    writeFileSync(path.join(dir, 'blank\u001B[2J.txt'), '')
    const server = start([dir])
    await server.url
    server.child.kill('SIGTERM')
    await server.exited
    expect(server.stderr()).toContain('blank␛[2J.txt: empty file; nothing to read; leave it out or add the article text\n')
    expect(server.stderr()).not.toMatch(/\u001B/)
  })

  test('static files: only what the built app held at start, with their types and the same headers; HEAD, no other method', async () => {
    const server = start(['seeds/'])
    const url = await server.url
    try {
      const html = await (await fetch(url)).text()
      const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1]
      expect(script).toBeDefined()
      const js = await fetch(new URL(script!, url))
      expect(js.status).toBe(200)
      expect(js.headers.get('content-type')).toMatch(/javascript/)
      // Hashed code may be cached for good; the page and the articles never are.
      expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      expect((await fetch(url)).headers.get('cache-control')).toBe('no-store')
      expect((await fetch(new URL('corroborate-articles.json', url))).headers.get('cache-control')).toBe('no-store')
      expect(js.headers.get('x-content-type-options')).toBe('nosniff')
      const head = await fetch(new URL(script!, url), {method: 'HEAD'})
      expect(head.status).toBe(200)
      expect(await head.text()).toBe('')
      expect((await fetch(url, {method: 'POST', body: 'x'})).status).toBe(405)
      const missing = await fetch(new URL('assets/nothing-here.js', url))
      expect(missing.status).toBe(404)
      expect(missing.headers.get('cache-control')).toBe('no-store')
      expect(missing.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(await raw(url, '/index.html%00.js')).toBe(400)
      expect(await raw(url, '/assets/..%2f..%2fpackage.json')).not.toBe(200)
      expect(await raw(url, '/%2e%2e/%2e%2e/%2e%2e/package.json')).not.toBe(200)
    } finally {
      server.child.kill('SIGTERM')
      await server.exited
    }
  })

  test('--help and bad options', () => {
    const help = runCli(['serve', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: corroborate serve')
    expect(runCli(['serve', '--port', 'x', 'seeds/']).code).toBe(2)
    expect(runCli(['--help']).stdout).toContain('serve')
  })
})
