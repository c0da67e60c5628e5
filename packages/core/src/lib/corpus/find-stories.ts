import type {Article} from '../types.js'
import {attachFragments} from './attach-fragments.js'
import {averageLinkage} from './average-linkage.js'
import {candidatePairs} from './candidate-pairs.js'
import {EdgeList} from './edge-list.js'
import {pairSimilarity} from './pair-similarity.js'
import {storyFeatures} from './story-features.js'
import {byCentrality, storyDates, storyTerms} from './story-summary.js'
import type {CorpusStory, Options, StoryFeatures} from './types.js'
import {weighFeatures} from './weigh-features.js'

/** Pairs less alike than this are dropped: they cannot move an average. */
const floor = 0.02

/**
 * Group a corpus into stories, one event each. Articles are compared by content
 * words (BM25 with IDF), entities by identity, numbers, years and publication
 * dates; candidate pairs come from blocking on rare features, never all pairs; groups
 * form by average linkage, so every member is close to its story as a whole.
 * Two events of one kind (two earthquakes, two arrests of one person) are told apart
 * by the signs articles carry (`eventSigns`): another main person, another weekday,
 * another magnitude or figure, dates or years apart. Then a story of one or two
 * articles joins the bigger story it is clearly closest to, at 0.6 of the
 * threshold (`attachFragments`): a brief or a cut-off page shares fewer words.
 *
 * Stories come biggest first; an article that matches nothing is a story of its own.
 *
 * @param articles Parsed articles, or their `storyFeatures` (lighter: a batch can
 *   drop each article once read).
 * @param options Threshold, time window, blocking limits and a progress callback.
 */
export function findStories(articles: ReadonlyArray<Article | StoryFeatures>, options: Options = {}): CorpusStory[] {
  if (!Array.isArray(articles)) throw new TypeError(`Expected an array of articles, not ${typeof articles}`)
  const threshold = options.threshold ?? 0.085
  const windowDays = options.windowDays ?? 180
  const progress = options.onProgress ?? (() => {})
  const features = articles.map((item, index) => {
    if (index % 500 === 0) progress(index, articles.length, 'features')
    return isFeatures(item) ? item : storyFeatures(item)
  })
  const {weighed, vocabulary} = weighFeatures(features, options.blockingFeatures ?? 20)
  const edges = new EdgeList()
  let visited = 0
  candidatePairs(weighed, windowDays, options.maxPosting ?? 200, options.maxCandidates ?? 400, (i, j) => {
    if (++visited % 100_000 === 0) progress(i, weighed.length, 'pairs')
    const similarity = pairSimilarity(weighed[i]!, weighed[j]!, windowDays)
    if (similarity >= floor) edges.push(i, j, similarity)
  })
  progress(0, weighed.length, 'clusters')
  const clusters = attachFragments(averageLinkage(weighed.length, edges, threshold), edges, weighed, threshold, windowDays)
  clusters.sort((a, b) => b.members.length - a.members.length || Math.min(...a.members) - Math.min(...b.members))
  return clusters.map((cluster, index): CorpusStory => {
    const members = byCentrality(cluster.members, weighed, windowDays)
    const titled = members.find(member => features[member]!.title)
    const terms = storyTerms(members, weighed, vocabulary)
    return {
      id: `s${index + 1}`,
      label: titled === undefined ? terms.join(' ') : features[titled]!.title!,
      articles: members.map(member => features[member]!.id),
      dates: storyDates(members, weighed),
      confidence: round(members.length > 1
        ? cluster.cohesion / (cluster.cohesion + cluster.nearest)
        : Math.max(0, 1 - cluster.nearest / threshold)),
      terms
    }
  })
}

function isFeatures(item: Article | StoryFeatures): item is StoryFeatures {
  return 'terms' in item && 'names' in item
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
