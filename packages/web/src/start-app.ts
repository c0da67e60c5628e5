import {App} from './app.js'
import {applyOutletColours} from './outlets.js'
import {sampleStory} from './sample-story.js'
import {startupArticles} from './startup-articles.js'

/**
 * The page's own code: the app over `startWorker`'s analysis, on the articles
 * `corroborate serve` hands it, else the sample story. The worker loads the analysis
 * code meanwhile, while the page asks whether the server handed it articles.
 */
export async function startApp(startWorker: () => Worker): Promise<void> {
  applyOutletColours()
  const app = new App(startWorker)
  app.setArticles((await startupArticles()) ?? sampleStory())
}
