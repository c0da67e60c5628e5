import {parentPort} from 'node:worker_threads'
import {analyzeInput, type Task} from './analyze-input.js'

// A pool worker: analyses one input per message and posts the result back.
parentPort!.on('message', (task: Task) => {
  void analyzeInput(task).then((result) => parentPort!.postMessage(result))
})
// Loaded: from now on the pool's time budget counts.
parentPort!.postMessage('ready')
