/// <reference lib="webworker" />
import type {WorkerRequest, WorkerResponse} from './protocol.js'

// The analysis worker's first module: a few lines, so that it is fetched and running at
// once. It tells the page it has started (the page holds its own code back until then:
// a worker's start waits for tasks on the page's thread), then loads the analysis
// (worker-analysis.ts, most of the app's code), keeping the page's requests until it is in.

const scope = self as unknown as DedicatedWorkerGlobalScope
const waiting: WorkerRequest[] = []
let handle: ((request: WorkerRequest) => void) | null = null

scope.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  if (handle) handle(event.data)
  else waiting.push(event.data)
})
scope.postMessage({type: 'started'} satisfies WorkerResponse)

try {
  const analysis = await import('./worker-analysis.js')
  handle = analysis.handleRequest
  for (const request of waiting.splice(0)) handle(request)
} catch (error) {
  // The page learns of it as of any failed analysis: on its next request.
  const message = `the analysis code could not load: ${error instanceof Error ? error.message : String(error)}`
  handle = (request) => scope.postMessage({type: 'error', id: request.id, message} satisfies WorkerResponse)
  for (const request of waiting.splice(0)) handle(request)
}
