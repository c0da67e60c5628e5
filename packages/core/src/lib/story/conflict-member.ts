import type {StoryClaim} from './types.js'

/** A conflict member: where the claim's sentence is (each finder adds the value it read there). */
export function memberOf(claim: StoryClaim) {
  return {file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text}
}
