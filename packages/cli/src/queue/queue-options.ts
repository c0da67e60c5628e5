import type {ConnectionOptions} from 'bullmq'

/** Where a queue lives: a Redis server and the queue's name on it. */
export interface QueueTarget {
  connection: ConnectionOptions
  name: string
  /** The Redis hash holding results, keyed by article id. */
  results: string
}

/**
 * Read `--queue redis://[user:password@]host[:port][/db][?name=queue]`. The queue
 * name defaults to `corroborate`; every command of one run must use the same URL.
 * Returns an error text when the URL cannot be used.
 */
export function queueTarget(url: string): QueueTarget | string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `expected --queue as a URL such as redis://127.0.0.1:6379, found '${url}'`
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') return `expected a redis:// or rediss:// queue URL, found '${url}'`
  const db = parsed.pathname.replace(/^\//, '')
  if (db !== '' && !/^\d+$/.test(db)) return `expected the database number after the host (redis://host:6379/0), found '/${db}'`
  const name = parsed.searchParams.get('name') ?? 'corroborate'
  if (!/^[\w.-]+$/.test(name)) return `expected a queue name of letters, digits, '.', '_' or '-', found '${name}'`
  const connection: ConnectionOptions = {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 6379,
    ...(db ? {db: Number(db)} : {}),
    ...(parsed.username ? {username: decodeURIComponent(parsed.username)} : {}),
    ...(parsed.password ? {password: decodeURIComponent(parsed.password)} : {}),
    ...(parsed.protocol === 'rediss:' ? {tls: {}} : {}),
    // Fail fast when the server is not there, instead of retrying for ever.
    maxRetriesPerRequest: null,
    retryStrategy: (times: number) => (times > 20 ? null : Math.min(times * 200, 2000))
  }
  return {connection, name, results: `${name}:results`}
}

/** What one job carries: the article's file (read by the worker) or its bytes. */
export interface ArticleJob {
  /** The name shown in output and errors. */
  file: string
  /** An absolute path the workers can read (shared storage). */
  path?: string
  /** The article's bytes, base64 (`enqueue --embed`): workers need no shared storage. */
  content?: string
  /** The batch command whose analysis to run: quotes, claims, entities, parse or stories. */
  command: string
  metadata?: Record<string, string | null>
}
