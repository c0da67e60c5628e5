import {claimFeatures} from './claim-features.js'
import type {StoryClaim} from './types.js'
import {packedMap} from '../packed-map.js'

export /**
 * Each claim's features, one map shared by claims that give the same text, entities,
 * quantities and days (copies of one sentence): made once, and one vector for `claimCosine`.
 */
function sharedFeatures(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[]): Array<Map<string, number>> {
  const made = new Map<string, Map<string, number>>()
  return claims.map((claim) => {
    const entities = entitiesOf(claim)
    const key = [claim.text, entities.join('\u0002'), packedMap(claim.quantities, (q) => `${q.value}:${q.unit ?? ''}`).join('\u0002'),
      packedMap(claim.dates, (d) => `${d.from}/${d.to}`).join('\u0002')].join('\u0001')
    let features = made.get(key)
    if (!features) made.set(key, features = claimFeatures(claim, entities))
    return features
  })
}
