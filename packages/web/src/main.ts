// First: starts the analysis worker before the rest of the page's code is evaluated.
import {nextWorker} from './first-worker.js'
import {App} from './app.js'
import {applyOutletColours} from './outlets.js'
import {sampleStory} from './sample-story.js'
import {startupArticles} from './startup-articles.js'
import './style.css'

// The worker loads the analysis code while the page asks whether
// `corroborate serve` handed it articles.
applyOutletColours()
const app = new App(nextWorker)
app.setArticles((await startupArticles()) ?? sampleStory())
