// First: starts the analysis worker. The rest of the page's code is a chunk of its
// own, imported after: the worker's bundle downloads and compiles while the browser
// fetches and compiles the page's code, rather than after.
import {nextWorker} from './first-worker.js'
import './style.css'

const {startApp} = await import('./start-app.js')
await startApp(nextWorker)
