/**
 * The analysis worker, started by the page's first module to run: main.ts imports this
 * module alone and the rest of the page's code after, so the worker's bundle downloads
 * and compiles while the page's own code is fetched and evaluated and the page asks
 * for its start-up articles.
 */
let first: Worker | null = startWorker()

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
