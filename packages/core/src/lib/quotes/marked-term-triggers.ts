import type {MarkedTermReason} from './types.js'

/**
 * Words right before marks that make them a name or a title rather than
 * speech: `a man who goes by “Shorty”`, `nicknamed “…”`, `the book “…”`,
 * `so-called “…”`. Matched against the two or three words before the opening mark.
 */
export const markedTermTriggers: ReadonlyArray<{pattern: RegExp, reason: MarkedTermReason}> = [
  {pattern: /\b(?:goes|go|went|going) by$|\b(?:known|better known|also known|referred to) as$|\bnicknamed$|\bnickname$|\bcode-?named$|\bcalled himself$|\bcalled herself$|\bcalls himself$|\bcalls herself$|\ba\.k\.a\.?$|\baka$/i, reason: 'nickname'},
  {pattern: /\b(?:book|novel|film|movie|song|album|show|series|play|documentary|podcast|programme|program|column|op-ed|essay|article|report|headline|slogan|hashtag|operation|exercise|titled|entitled|memoir|poem|painting|opera|musical|episode|website|app)$/i, reason: 'title'},
  {pattern: /\bso-called$|\bso called$/i, reason: 'scare-quote'}
]
