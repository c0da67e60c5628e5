import type {Claim} from '../claims/types.js'
import {packedMap} from '../packed-map.js'
import type {Article} from '../types.js'
import type {StoryClaim} from './types.js'

/** What comparing needs of a claim besides its StoryClaim, kept beside it, not on it (`source`: the claim it was made from). */
export interface WorkingClaim {
  source: Claim
  worth: number
  entities: string[]
  propositions: NonNullable<Claim['propositions']>
  places: string[] | undefined
}

/** What `storyClaimsOf` reads besides the article's claims, and the map it fills. */
export interface ClaimReading {
  working: Map<StoryClaim, WorkingClaim>
  /** One string per distinct sentence text. */
  oneString: (text: string) => string
  /** The cross-article id of an entity mention (by its article's id, its entity id, its name), or null. */
  linkedIdOf: (articleId: string, entity: string | null, name: string | null) => string | null
}

/**
 * One article's claims as StoryClaims (each with its working record in `reading.working`):
 * a module function, with module callbacks, so that no closure is made per article or
 * per claim (closures made per story were compiled anew on each large one).
 */
export function storyClaimsOf(reading: ClaimReading, item: {file: string, article: Article, claims: readonly Claim[]}): StoryClaim[] {
  const out: StoryClaim[] = []
  for (let c = 0; c < item.claims.length; c++) out.push(storyClaimOf(reading, item.file, item.article.id, item.claims[c]!))
  return out
}

function storyClaimOf(reading: ClaimReading, file: string, articleId: string, claim: Claim): StoryClaim {
  const storyClaim: StoryClaim = {
    file, article: articleId, start: claim.start, end: claim.end, text: reading.oneString(claim.text), claim: claim.id, stance: claim.stance,
    quantities: packedMap(claim.quantities, copyQuantity),
    dates: packedMap(claim.dates, copyDate),
    assertor: claim.assertor.kind === 'source' ? claim.assertor.name : null
  }
  const entities: string[] = []
  for (let e = 0; e < claim.entities.length; e++) {
    const entity = claim.entities[e]!
    entities.push(reading.linkedIdOf(articleId, entity.entity, entity.name) ?? entity.name)
  }
  reading.working.set(storyClaim, {
    source: claim, worth: claim.checkWorthiness.score, propositions: claim.propositions ?? [], places: undefined, entities
  })
  return storyClaim
}

function copyQuantity({value, unit, text, qualifier, values, counted}: Claim['quantities'][number]): StoryClaim['quantities'][number] {
  return {value, unit, text, qualifier, values: [...values], counted}
}

function copyDate({value, from, to, text}: Claim['dates'][number]): StoryClaim['dates'][number] {
  return {value, from, to, text}
}
