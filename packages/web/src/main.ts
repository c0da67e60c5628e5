// First: starts the analysis worker. The rest of the page's code is a chunk of its
// own (preloaded by index.html), evaluated once the worker runs: the worker's bundle
// downloads and compiles while the page's code is evaluated, and the page's code is
// not in the way of the worker's start. This module runs as soon as it is loaded
// (async): the page's code waits for the document too.
import {firstStarted, nextWorker} from './first-worker.js'
import {startupArticles} from './startup-articles.js'
import './style.css'

// Whether `corroborate serve` handed the page articles: asked at once, beside the worker's
// start, rather than once the page's code runs (the answer decides what the worker reads first).
const startup = startupArticles()
const parsed = document.readyState === 'loading' ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, {once: true})) : null
await firstStarted
await parsed
const {startApp} = await import('./start-app.js')
await startApp(nextWorker, startup)
