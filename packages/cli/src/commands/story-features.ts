import {storyFeatures, type StoryFeatures} from '@corroborate/core'
import type {Command} from './command.js'

/** What `corroborate stories` keeps of each article: the grouping features and where the article came from. */
export type StoryFeaturesRecord = StoryFeatures & {file: string, outlet: string | null, url: string | null}

/**
 * The per-article half of `corroborate stories`: runs in the worker pool, so only
 * small features cross threads and the batch never holds the articles themselves.
 * The command line itself is `stories.ts`.
 */
export const storiesCommand: Command<StoryFeaturesRecord> = {
  name: 'stories',
  summary: 'Group a corpus into stories, one event each (JSON, JSONL, text, one story.yaml per story)',
  formats: ['text', 'json', 'jsonl'],
  defaultFormat: 'text',
  examples: [
    'corroborate stories corpus/ --format json -o stories.json',
    'corroborate stories corpus/ --out-dir stories/ --compare html'
  ],
  analyze: (article, file) => ({...storyFeatures(article), file, outlet: article.source.outlet, url: article.source.url}),
  all: () => ''
}
