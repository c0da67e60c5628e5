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

/** A fixed number of worker threads, each analysing one input at a time. */
export class WorkerPool {
  private readonly idle: Worker[] = []
  private readonly waiting: Array<{task: Task, resolve: (result: TaskResult) => void}> = []
  private readonly live = new Set<Worker>()
  private readonly heap: number

  constructor(size: number) {
    this.heap = heapLimitMb(size)
    for (let i = 0; i < size; i++) this.idle.push(this.spawn())
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
    await Promise.all([...this.live].map((worker) => worker.terminate()))
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./worker.js', import.meta.url), {resourceLimits: {maxOldGenerationSizeMb: this.heap}})
    this.live.add(worker)
    return worker
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!
      const {task, resolve} = this.waiting.shift()!
      const settle = (result: TaskResult, next: Worker) => {
        worker.off('message', done)
        worker.off('error', failed)
        this.idle.push(next)
        resolve(result)
        this.dispatch()
      }
      const done = (result: TaskResult) => settle(result, worker)
      const failed = (error: Error & {code?: string}) => {
        this.live.delete(worker)
        void worker.terminate()
        const reason = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `out of memory: too big to analyse in ${Math.round(this.heap / 1024)} GB (lower --max-size to skip such files)`
          : `worker failed: ${error.message}`
        settle({ok: false, file: task.file, error: reason}, this.spawn())
      }
      worker.on('message', done)
      worker.on('error', failed)
      worker.postMessage(task)
    }
  }
}
