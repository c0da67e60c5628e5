import {spawn, spawnSync, type ChildProcess} from 'node:child_process'
import {createServer} from 'node:net'

/** The redis-server binary on PATH, or null (the queue tests then skip, saying why). */
export function findRedisServer(): string | null {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], {encoding: 'utf8'})
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Start a throw-away Redis bound to 127.0.0.1 (no persistence); resolves once it accepts connections. */
export async function startRedis(binary: string): Promise<{url: string, stop: () => void}> {
  const port = await freePort()
  const child: ChildProcess = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {stdio: ['ignore', 'pipe', 'inherit']})
  await new Promise<void>((resolve, reject) => {
    let seen = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString()
      if (/ready to accept connections/i.test(seen)) resolve()
    })
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)))
  })
  return {url: `redis://127.0.0.1:${port}`, stop: () => void child.kill('SIGKILL')}
}
