import type {StoryClaim} from './types.js'

/**
 * A conflict member: where the claim's sentence is, and the value a finder read
 * there, made in one literal: `{...where, value}` cost some microseconds a member in
 * the engine's spread path, thousands of times a story.
 */
export function memberWith(claim: StoryClaim, value: string) {
  return {file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text, value}
}
