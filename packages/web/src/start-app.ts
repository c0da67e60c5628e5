import {App} from './app.js'
import {applyOutletColours} from './outlets.js'
import {sampleStory} from './sample-story.js'
import type {ArticleInput} from './protocol.js'

/**
 * The page's own code: the app over `startWorker`'s analysis, on the articles
 * `corroborate serve` hands it (`startup`, asked for by the first module, see
 * startup-articles.ts), else the sample story. The worker loads the analysis code meanwhile.
 */
export async function startApp(startWorker: () => Worker, startup: Promise<ArticleInput[] | null>): Promise<void> {
  applyOutletColours()
  const app = new App(startWorker)
  app.setArticles((await startup) ?? sampleStory())
}
