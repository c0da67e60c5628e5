import {describeValue} from '../article/describe-value.js'
import type {Story} from '../story/types.js'

/**
 * A caller's misuse made plain: a renderer given something that is not a Story (from
 * `compareArticles`) throws `TypeError('Expected a Story …')` instead of failing deep
 * inside with "Cannot read properties of undefined".
 */
export function expectStory(story: unknown): asserts story is Story {
  const value = story as Partial<Story> | null
  if (!value || typeof value !== 'object' || !Array.isArray(value.articles) || !Array.isArray(value.quoteGroups) || !Array.isArray(value.conflicts)) {
    throw new TypeError(`Expected a Story (from compareArticles), not ${describeValue(value, 'articles, quoteGroups and conflicts')}`)
  }
}
