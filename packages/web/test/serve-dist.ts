import {createServer} from 'node:http'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {AddressInfo} from 'node:net'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8'
}

/**
 * Serve a built app on a free local port, as `corroborate serve` will: the files
 * of `root`, plus `extra` files by name (`corroborate-articles.json`).
 */
export async function serveDist(root: string, extra: Record<string, string> = {}): Promise<{url: string, close: () => Promise<void>}> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const name = pathname === '/' ? 'index.html' : pathname.slice(1)
    const send = (status: number, body: string | Buffer, type = types[path.extname(name)] ?? 'application/octet-stream') => {
      response.writeHead(status, {'content-type': type, 'cache-control': 'no-store'})
      response.end(body)
    }
    if (name in extra) return send(200, extra[name]!)
    const file = path.resolve(root, name)
    if (!file.startsWith(path.resolve(root) + path.sep)) return send(403, 'forbidden', 'text/plain')
    readFile(file).then((body) => send(200, body), () => send(404, 'not found', 'text/plain'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  return {url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve()))}
}
