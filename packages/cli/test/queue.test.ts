import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {bin, runCli} from './run-cli.js'
import {findRedisServer, startRedis} from './queue-redis.js'

const redisServer = findRedisServer()
if (!redisServer) console.warn('queue tests skipped: no redis-server on PATH (apt-get install redis-server)')

// Invented articles, each with its own numbers so every one is a distinct article.
const towns = ['Riverton', 'Lakemoor', 'Port Elwin', 'Ashford Vale', 'Kelby']
const people = ['Dana Okafor', 'Tomas Brandt', 'Priya Halvorsen', 'Marek Oduya', 'Sara Lindqvist']
function article(i: number): string {
  const town = towns[i % towns.length]
  const person = people[(i * 3) % people.length]
  return `Council votes on budget in ${town}\n\nThe council of ${town} voted ${i % 9 + 1} to ${i % 4} on a budget of ${1000 + i} thousand dollars, Mayor ${person} said on Tuesday.\n\n"We kept every library open," ${person} told reporters after meeting number ${i}.\n`
}

describe.skipIf(!redisServer)('the distributed mode on a real Redis', () => {
  const count = 300
  let folder = ''
  let redis: {url: string, stop: () => void}
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-queue-'))
    for (let i = 0; i < count; i++) writeFileSync(path.join(folder, `a${String(i).padStart(3, '0')}.txt`), article(i))
    writeFileSync(path.join(folder, 'broken.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]))
    redis = await startRedis(redisServer!)
  })
  afterAll(() => {
    redis?.stop()
    rmSync(folder, {recursive: true, force: true})
  })

  test('two workers, one killed mid-batch: every article once, the broken file failed with its reason', async () => {
    const enqueued = runCli(['enqueue', '--queue', redis.url, folder])
    expect(enqueued.code).toBe(0)
    // Enqueuing again adds nothing: job ids come from the content.
    expect(runCli(['enqueue', '--queue', redis.url, folder]).code).toBe(0)

    const start = (extra: string[]) => spawn(process.execPath, [bin, 'worker', '--queue', redis.url, '--lock-ms', '1000', ...extra], {stdio: ['ignore', 'ignore', 'pipe']})
    const doomed = start([])
    const survivor = start(['--exit-when-empty'])
    const survivorExit = new Promise<number | null>((resolve) => survivor.once('exit', resolve))
    // Kill one worker once some work is done: it dies holding a job.
    for (;;) {
      const status = JSON.parse(runCli(['status', '--queue', redis.url, '--format', 'json']).stdout) as {done: number}
      if (status.done >= 20) break
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    doomed.kill('SIGKILL')
    expect(await survivorExit).toBe(0)

    const out = path.join(folder, 'out.jsonl')
    expect(runCli(['collect', '--queue', redis.url, '--wait', '-o', out]).code).toBe(0)
    const files = readFileSync(out, 'utf8').trim().split('\n').map((line) => path.basename((JSON.parse(line) as {file: string}).file)).sort()
    expect(files).toHaveLength(count)
    expect(new Set(files).size).toBe(count)
    expect(files).not.toContain('broken.txt')

    const status = JSON.parse(runCli(['status', '--queue', redis.url, '--format', 'json']).stdout) as {failed: number, failedList: Array<{file: string, reason: string}>}
    expect(status.failed).toBe(1)
    expect(path.basename(status.failedList[0]!.file)).toBe('broken.txt')
    expect(status.failedList[0]!.reason).toMatch(/binary/)
  }, 240_000)

  test('a bad queue URL is a usage error', () => {
    expect(runCli(['status', '--queue', 'http://example.invalid']).code).toBe(2)
    expect(runCli(['worker']).code).toBe(2)
  })
})
