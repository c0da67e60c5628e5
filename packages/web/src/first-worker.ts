/**
 * The analysis worker, started by the page's first module to run (main.ts), before any
 * other code of the page is loaded: the worker's bundle downloads and compiles while
 * the page's own code is fetched and evaluated.
 */
let first: Worker | null = startWorker()

/**
 * Settles when the first worker's code runs (its `started` message) or it cannot start.
 * A worker's start needs tasks of the page's thread (Chromium hands the worker its script
 * from there), so the page evaluates its own code after this, not in the way. A second
 * at most: a worker slow to start only delays the page's code as much.
 */
export const firstStarted: Promise<void> = new Promise((resolve) => {
  first!.addEventListener('message', () => resolve(), {once: true})
  first!.addEventListener('error', () => resolve(), {once: true})
  setTimeout(resolve, 1000)
})

/** A new analysis worker. */
function startWorker(): Worker {
  performance.mark('corroborate:worker')
  return new Worker(new URL('./analyze.worker.ts', import.meta.url), {type: 'module'})
}

/** The worker started at load the first time, a fresh one after (a cancel ends the running one). */
export function nextWorker(): Worker {
  const worker = first ?? startWorker()
  first = null
  return worker
}
