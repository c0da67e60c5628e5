import type {ArticleInput} from './protocol.js'

// The repository's sample story, bundled as text: five articles on one event.
const seeds = import.meta.glob<string>('../../../seeds/*.txt', {query: '?raw', import: 'default', eager: true})

/** The sample story's articles, in file order. */
export function sampleStory(): ArticleInput[] {
  // Its files are named by hashes and carry no outlet: numbered names read better than hashes.
  return Object.keys(seeds).sort().map((path, index) => ({file: path.replace(/^.*\//, ''), text: seeds[path]!, outlet: `Sample outlet ${index + 1}`, format: null}))
}
