import {App} from './app.js'
import {sampleStory} from './sample-story.js'
import {startupArticles} from './startup-articles.js'
import './style.css'

// Start the worker first: it loads the analysis code while the page asks whether
// `corroborate serve` handed it articles.
const worker = new Worker(new URL('./analyze.worker.ts', import.meta.url), {type: 'module'})
const app = new App(worker)
app.setArticles((await startupArticles()) ?? sampleStory())
