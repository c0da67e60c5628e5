import type {IncomingMessage, RequestListener, ServerResponse} from 'node:http'
import sirv from 'sirv'

/** Sent with every response: the page's own policy as a header too, and no framing by other sites. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff', 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-frame-options': 'DENY',
  'content-security-policy': "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'"
}

const textType = 'text/plain; charset=utf-8'

/** Vite's built files carry a content hash in their names ("assets/index-CQq_DGS6.js"): a name never changes content. */
const hashedAsset = /^\/assets\/[^/]+-[\w-]{8}\.(?:js|css|map|woff2?)$/

/** A hashed file may be kept by the browser, so a returning user's worker starts from V8's code cache. */
const immutable = 'public, max-age=31536000, immutable'

/**
 * The request handler of `corroborate serve`: the built web app in `root`, and the
 * articles (`payload`) as `/corroborate-articles.json`, to the given host names only.
 *
 * Static files come from sirv in its production mode: it lists `root` once at start
 * and answers only paths on that list, so no request reaches the file system by a
 * path of its own (`..`, `%2e%2e`, NUL, symlinks added later). The checks before it
 * are what a local server of private articles needs beyond that: the Host header
 * (DNS rebinding), the method, a URL that decodes, and the same security headers on
 * every answer.
 */
export function serveApp(root: string, payload: Buffer, allowedHosts: ReadonlySet<string>): RequestListener {
  const files = sirv(root, {dev: false, etag: false, dotfiles: false, extensions: ['html'], onNoMatch: (_request, response) => {
    response.setHeader('cache-control', 'no-store')
    answer(response, 404, 'not found')
  }})
  return (request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value)
    // DNS rebinding: a page on another site that resolves its own name to this
    // machine sends its own name as Host. Only this machine's names are answered.
    if (!allowedHosts.has(hostOf(request.headers.host))) return answer(response, 421, 'misdirected request')
    const pathname = pathOf(request)
    if (pathname === null) return answer(response, 400, 'bad request')
    if (request.method !== 'GET' && request.method !== 'HEAD') return answer(response, 405, '')
    if (pathname === '/corroborate-articles.json') {
      response.writeHead(200, {'content-type': 'application/json; charset=utf-8'}).end(request.method === 'HEAD' ? undefined : payload)
      return
    }
    // Articles and pages stay no-store; only hashed code, which holds no article, is cached.
    if (hashedAsset.test(pathname)) response.setHeader('cache-control', immutable)
    files(request, response)
  }
}

/** The decoded path of a request, or null when its URL is malformed or holds a NUL. */
function pathOf(request: IncomingMessage): string | null {
  try {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    return pathname.includes('\0') ? null : pathname
  } catch {
    return null
  }
}

function answer(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, text ? {'content-type': textType} : {}).end(text)
}

/** The Host values a server on `host` answers: loopback names, and the address it was told to listen on. */
export function hostNames(host: string): Set<string> {
  return new Set(['localhost', '127.0.0.1', '[::1]', host.includes(':') ? `[${host.toLowerCase()}]` : host.toLowerCase()])
}

/** A Host header without its port, lower-cased ("[::1]:5178" → "[::1]"). */
function hostOf(header: string | undefined): string {
  if (!header) return ''
  const value = header.trim().toLowerCase()
  return value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1) : value.replace(/:\d+$/, '')
}
