import {App} from './app.js'
import {applyOutletColours} from './outlets.js'
import {sampleStory} from './sample-story.js'
import {startupArticles} from './startup-articles.js'
import './style.css'

// Start the worker first: it loads the analysis code while the page asks whether
// `corroborate serve` handed it articles.
applyOutletColours()
const app = new App(() => new Worker(new URL('./analyze.worker.ts', import.meta.url), {type: 'module'}))
app.setArticles((await startupArticles()) ?? sampleStory())
