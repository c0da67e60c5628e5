import {statSync, type Stats} from 'node:fs'
import {availableParallelism} from 'node:os'
import {analyzeInput, type Task, type TaskResult} from './analyze-input.js'
import {runPooled, WorkerPool} from './pool.js'

/** Workers for a batch: none for a handful of files (starting threads costs more), else one per core. */
export function defaultJobs(files: number): number {
  return files < 16 ? 1 : Math.max(1, Math.min(availableParallelism(), Math.ceil(files / 8)))
}

/**
 * Analyse tasks in order of input, on a worker pool (or in this thread for one job
 * with no time budget), with at most a few tasks ahead of the one being written, so
 * memory stays bounded. With a budget even one job runs in a worker: analysis is
 * synchronous, and only a worker can be stopped when a file takes too long.
 */
export async function* runTasks(tasks: readonly Task[], jobs: number, budgetMs: number | null): AsyncGenerator<TaskResult> {
  if (jobs === 1 && budgetMs === null) {
    // A big file goes to a worker even on one job: its heap is bounded, so a file too
    // big to analyse fails alone instead of taking the process down.
    let isolated: WorkerPool | null = null
    try {
      for (const task of tasks) {
        const stats = task.bytes ? null : statOrNull(task.absolute!)
        if ((task.bytes?.length ?? stats?.size ?? 0) > isolateAbove) yield await (isolated ??= new WorkerPool(1)).run(task)
        else yield await analyzeInput(task, stats)
      }
    } finally {
      await isolated?.close()
    }
    return
  }
  yield * runPooled(tasks, jobs, budgetMs)
}

/** Seconds one input may take by default before it is reported as failed and skipped. */
export const defaultTimeoutSeconds = 60

/** Inputs bigger than this run in a worker with a bounded heap, even on one job. */
const isolateAbove = 4_000_000

/** The file's stats, or null when it cannot be read (`analyzeInput` then names the reason). */
function statOrNull(file: string): Stats | null {
  try {
    return statSync(file)
  } catch {
    return null
  }
}
