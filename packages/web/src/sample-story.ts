import type {ArticleInput} from './protocol.js'

// The repository's sample story, bundled as text: five articles on one event.
const seeds = import.meta.glob<string>('../../../seeds/*.txt', {query: '?raw', import: 'default', eager: true})

/** The sample story's articles, in file order. */
export function sampleStory(): ArticleInput[] {
  return Object.keys(seeds).sort().map((path) => ({file: path.replace(/^.*\//, ''), text: seeds[path]!, outlet: null, format: null}))
}
