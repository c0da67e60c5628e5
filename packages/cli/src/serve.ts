import {readFile, stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {decodeText, defaultMaxLength, detectFormat, type ArticleMetadata, type Format} from '@corroborate/core'
import {tooLarge} from './analyze-input.js'
import {withHint} from './error-hints.js'
import {expandInputs} from './inputs.js'
import {plainError} from './plain-error.js'
import {hostNames, serveApp} from './serve-app.js'
import type {Io} from './io.js'
import {oneLine} from './visible.js'

/** One article as the web app loads it at start-up (`corroborate-articles.json`). */
export interface ServedArticle {
  file: string
  text: string
  outlet: string | null
  format: Format
  metadata?: ArticleMetadata
}

const options = {
  port: {type: 'string', short: 'p'},
  host: {type: 'string'},
  'max-size': {type: 'string'},
  help: {type: 'boolean', short: 'h'}
} as const

export const serveHelp = [
  'Usage: corroborate serve [options] FILE|FOLDER|GLOB ...',
  '',
  'Start the web app on this machine with the given articles loaded. Nothing leaves',
  'the machine: the page analyses the articles in the browser.',
  '',
  'Options:',
  '  -p, --port N            port to listen on (default 5178; 0 picks a free one)',
  '      --host HOST         address to listen on (default 127.0.0.1: this machine only)',
  '      --max-size SIZE     refuse inputs larger than SIZE (default 20 MB)',
  '  -h, --help              show this help',
  '',
  'Examples:',
  '  corroborate serve seeds/',
  '  corroborate serve --port 8080 stories/ukraine/*.html',
  ''
].join('\n')

/** Where the built web app is: copied next to the CLI's own files at build time. */
function webRoot(): string {
  return fileURLToPath(new URL('./web/', import.meta.url))
}

/**
 * `corroborate serve FILE...`: read the articles, then serve the web app and
 * `corroborate-articles.json` (the articles as read) on localhost until stopped.
 * Resolves with the exit code once the server closes (SIGINT or SIGTERM).
 */
export async function serve(argv: readonly string[], io: Io, parseSize: (text: string) => number | null): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    io.stderr(`corroborate: ${(error as Error).message.split('\n')[0]}\n`)
    return 2
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(serveHelp)
    return 0
  }
  const port = values.port === undefined ? 5178 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    io.stderr(`corroborate: expected --port as a number from 0 to 65535, found '${values.port}'\n`)
    return 2
  }
  const maxBytes = values['max-size'] === undefined ? defaultMaxLength : parseSize(values['max-size'])
  if (maxBytes === null) {
    io.stderr(`corroborate: expected --max-size as a number of bytes or with KB/MB, found '${values['max-size']}'\n`)
    return 2
  }
  const root = webRoot()
  try {
    await stat(path.join(root, 'index.html'))
  } catch {
    io.stderr(`corroborate: the web app is not built into ${root}; run 'npm run build' first\n`)
    return 1
  }

  const {inputs, problems} = await expandInputs(positionals, io)
  let failed = problems.length
  // As for every command: nothing a file name holds may act on the terminal, one line per file.
  const say = (text: string) => io.stderr(oneLine(text))
  for (const problem of problems) say(`corroborate: ${problem}\n`)
  const articles: ServedArticle[] = []
  for (const input of inputs) {
    try {
      const bytes = input.absolute === null ? await io.stdin(maxBytes) : await readFile(input.absolute)
      if (bytes.length > maxBytes) throw new Error(tooLarge(bytes.length, maxBytes))
      if (bytes.length === 0) throw Object.assign(new Error('empty file'), {code: 'empty'})
      const text = decodeText(bytes)
      // Only a name the person gave: the page falls back to the article's own metadata, its domain, then its file.
      const outlet = input.metadata?.outlet ?? null
      articles.push({file: input.file, text, outlet, format: detectFormat(text, input.absolute), ...(input.metadata ? {metadata: input.metadata} : {})})
    } catch (error) {
      failed++
      say(`corroborate: ${input.file}: ${withHint(plainError(error), (error as {code?: string}).code)}\n`)
    }
  }
  // Serialised once: every request for it gets the same bytes.
  const payload = Buffer.from(JSON.stringify({articles}))
  const host = values.host ?? '127.0.0.1'

  const server = createServer(serveApp(root, payload, hostNames(host)))
  server.on('clientError', (_error, socket) => {
    // A malformed request line or header: answer 400 and keep serving.
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n')
  })
  const listening = await listen(server, port, host)
  if (typeof listening === 'string') {
    io.stderr(`corroborate: cannot listen on ${host}:${port}: ${listening}\n`)
    return 1
  }
  const shown = host.includes(':') ? `[${host}]` : host
  io.stderr(`corroborate: serving ${articles.length} article${articles.length === 1 ? '' : 's'} at http://${shown}:${listening}/ (Ctrl-C to stop)\n`)
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      server.close(() => resolve(failed > 0 ? 1 : 0))
      server.closeAllConnections()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}

function listen(server: Server, port: number, host: string): Promise<number | string> {
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'EADDRINUSE' ? 'the port is in use (try --port 0)' : error.message))
    server.listen(port, host, () => {
      const address = server.address()
      resolve(typeof address === 'object' && address ? address.port : port)
    })
  })
}
