import {totalmem} from 'node:os'
import {Worker} from 'node:worker_threads'
import type {Task, TaskResult} from './analyze-input.js'

/**
 * Heap for one worker: the machine's memory shared among the workers and the main
 * thread, at least 1 GB and at most 3 GB (V8 fails the whole process, not the worker, near 4 GB). A file too big to analyse in it ends that
 * worker (ERR_WORKER_OUT_OF_MEMORY), is reported as failed, and a fresh worker takes
 * its place: the batch goes on.
 */
function heapLimitMb(size: number): number {
  return Math.max(1024, Math.min(3072, Math.floor(totalmem() / 1_048_576 / (size + 1))))
}

/**
 * Tasks handed to one worker before it has answered the first: the next one waits
 * in the worker's own queue, so it never sits idle for a message round trip between
 * two files (on small files that round trip was a fifth of a worker's time).
 */
const depth = 2

interface Job {
  task: Task
  resolve: (result: TaskResult) => void
}

interface Slot {
  worker: Worker
  /** Tasks posted to the worker, in the order it answers them. */
  queue: Job[]
  /** Fires when the task at the head of the queue has run past the time budget. */
  timer: ReturnType<typeof setTimeout> | null
  /** The worker has loaded its code: the budget counts analysis, not start-up. */
  ready: boolean
}

/** A fixed number of worker threads, each analysing one input at a time. */
export class WorkerPool {
  private readonly slots: Slot[] = []
  private readonly waiting: Job[] = []
  private readonly heap: number

  /**
   * @param size Worker threads.
   * @param budgetMs Time one input may take; past it the worker is stopped, the input
   *   reported as failed and a fresh worker goes on with the rest. Null: no limit.
   */
  constructor(size: number, private readonly budgetMs: number | null = null) {
    this.heap = heapLimitMb(size)
    for (let i = 0; i < size; i++) this.slots.push(this.spawn())
  }

  /** Analyse one input on the next free worker. */
  run(task: Task): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.waiting.push({task, resolve})
      this.dispatch()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    for (const slot of this.slots) if (slot.timer) clearTimeout(slot.timer)
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {resourceLimits: {maxOldGenerationSizeMb: this.heap}})
    const slot: Slot = {worker, queue: [], timer: null, ready: false}
    worker.on('message', (result: TaskResult | 'ready') => {
      if (result === 'ready') {
        slot.ready = true
        this.arm(slot)
        return
      }
      slot.queue.shift()!.resolve(result)
      this.arm(slot)
      this.dispatch()
    })
    worker.once('error', (error: Error & {code?: string}) => {
      this.replace(slot, error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? `out of memory: too big to analyse in ${Math.round(this.heap / 1024)} GB (lower --max-size to skip such files)`
        : `worker failed: ${error.message}`)
    })
    return slot
  }

  /** Time the task now at the head of the slot's queue. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = null
    if (this.budgetMs === null || !slot.ready || slot.queue.length === 0) return
    const budget = this.budgetMs
    slot.timer = setTimeout(() => this.replace(slot, `took longer than ${budget / 1000} s to analyse (raise --timeout, or 0 for no limit)`), budget)
  }

  /**
   * Stop a worker whose task failed: that task (the first queued) resolves as failed
   * with `reason`, the others go back to the front of the line for the fresh worker
   * that takes this one's place.
   */
  private replace(slot: Slot, reason: string): void {
    if (slot.timer) clearTimeout(slot.timer)
    const [failed, ...requeued] = slot.queue
    slot.queue = []
    slot.worker.removeAllListeners('message')
    slot.worker.removeAllListeners('error')
    slot.worker.on('error', () => {})
    void slot.worker.terminate()
    this.slots[this.slots.indexOf(slot)] = this.spawn()
    this.waiting.unshift(...requeued)
    failed?.resolve({ok: false, file: failed.task.file, error: reason})
    this.dispatch()
  }

  /** Fill each worker's queue, the least busy first. */
  private dispatch(): void {
    for (let load = 0; load < depth; load++) {
      for (const slot of this.slots) {
        if (this.waiting.length === 0) return
        if (slot.queue.length > load) continue
        const job = this.waiting.shift()!
        slot.queue.push(job)
        slot.worker.postMessage(job.task)
        if (slot.queue.length === 1) this.arm(slot)
      }
    }
  }
}

/**
 * Results of `tasks` in input order, analysed on a pool of `jobs` workers with a
 * few tasks queued ahead of the one being read, so memory stays bounded however
 * many tasks there are. The pool is closed when the caller stops reading.
 */
export async function* runPooled(tasks: readonly Task[], jobs: number, budgetMs: number | null): AsyncGenerator<TaskResult> {
  const pool = new WorkerPool(jobs, budgetMs)
  try {
    const ahead = jobs * 4
    const pending: Array<Promise<TaskResult>> = []
    let next = 0
    while (next < tasks.length && pending.length < ahead) pending.push(pool.run(tasks[next++]!))
    while (pending.length > 0) {
      const result = await pending.shift()!
      if (next < tasks.length) pending.push(pool.run(tasks[next++]!))
      yield result
    }
  } finally {
    await pool.close()
  }
}
