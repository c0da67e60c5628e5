import {claimFeatures} from './claim-features.js'
import type {StoryClaim} from './types.js'
import {packedMap} from '../packed-map.js'

export /**
 * Each claim's features, one map shared by claims that give the same text, entities,
 * quantities and days (copies of one sentence): made once, and one vector for `claimCosine`.
 */
function sharedFeatures(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => string[]): Array<Map<string, number>> {
  // By text first (one string per text, its hash kept), then by the rest: no long key string is made per claim.
  const made = new Map<string, Map<string, Map<string, number>>>()
  return claims.map((claim) => {
    const entities = entitiesOf(claim)
    const key = [entities.join('\u0002'), packedMap(claim.quantities, (q) => `${q.value}:${q.unit ?? ''}`).join('\u0002'),
      packedMap(claim.dates, (d) => `${d.from}/${d.to}`).join('\u0002')].join('\u0001')
    let byRest = made.get(claim.text)
    if (!byRest) made.set(claim.text, byRest = new Map())
    let features = byRest.get(key)
    if (!features) byRest.set(key, features = claimFeatures(claim, entities))
    return features
  })
}
