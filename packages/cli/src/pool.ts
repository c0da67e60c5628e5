import {Worker} from 'node:worker_threads'
import type {Task, TaskResult} from './analyze-input.js'

/** A fixed set of worker threads, each analysing one input at a time. */
export class WorkerPool {
  private readonly idle: Worker[] = []
  private readonly waiting: Array<{task: Task, resolve: (result: TaskResult) => void}> = []
  private readonly all: Worker[] = []

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url))
      worker.unref()
      this.all.push(worker)
      this.idle.push(worker)
    }
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
    await Promise.all(this.all.map((worker) => worker.terminate()))
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const worker = this.idle.pop()!
      const {task, resolve} = this.waiting.shift()!
      const done = (result: TaskResult) => {
        worker.off('message', done)
        worker.off('error', failed)
        this.idle.push(worker)
        resolve(result)
        this.dispatch()
      }
      const failed = (error: Error) => {
        worker.off('message', done)
        worker.off('error', failed)
        resolve({ok: false, file: task.file, error: `worker failed: ${error.message}`})
      }
      worker.on('message', done)
      worker.on('error', failed)
      worker.postMessage(task)
    }
  }
}
