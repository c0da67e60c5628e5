import {findDates} from '../claims/find-dates.js'
import type {Claim, ClaimDate} from '../claims/types.js'
import type {Article} from '../types.js'

/**
 * Claims a caller computed for an undated article carry relative dates ("on Monday")
 * left unanchored: give each such date the reading `findClaims` would have given it
 * with the story's `reference`, matched by its place in the text. So precomputed
 * claims give the same Story as claims `compareArticles` finds itself. Claims of dated
 * articles, and all claims when there is no reference, come back as they were.
 */
export function anchorDates(article: Article, claims: readonly Claim[], reference: string | null): readonly Claim[] {
  if (article.published || !reference || !claims.some((claim) => claim.dates.some((date) => date.resolution === 'unanchored'))) return claims
  const anchored = new Map<string, ClaimDate>(findDates(article, {reference}).map((date) => [`${date.start}:${date.end}`, date]))
  return claims.map((claim) => {
    if (!claim.dates.some((date) => date.resolution === 'unanchored')) return claim
    return {...claim, dates: claim.dates.map((date) => (date.resolution === 'unanchored' ? anchored.get(`${date.start}:${date.end}`) ?? date : date))}
  })
}
