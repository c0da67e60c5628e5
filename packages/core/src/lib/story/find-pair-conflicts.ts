import {findAmountConflicts} from './find-amount-conflicts.js'
import {findContradictions} from './find-contradictions.js'
import {findHandoverConflicts} from './find-handover-conflicts.js'
import {findSourceConflicts} from './find-source-conflicts.js'
import type {Conflict, StoryClaim} from './types.js'

/**
 * Conflicts between sentences of different outlets found wherever the claim groups
 * put them (outlets word one fact too differently for the groups to meet): near-miss
 * figures of one unit (`findAmountConflicts`) and one phrase held one way by one
 * outlet and another way by another (`findContradictions`), and an unnamed source given
 * different roles (`findSourceConflicts`), and one handover given different recipients,
 * channels or ways out (`findHandoverConflicts`). Each finder aligns
 * sentences by what they share (a named entity, the words of the phrase); none
 * compares every pair.
 */
export function findPairConflicts(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => readonly string[]): Array<Omit<Conflict, 'id'>> {
  return [...findAmountConflicts(claims, entitiesOf), ...findContradictions(claims, entitiesOf), ...findSourceConflicts(claims, entitiesOf), ...findHandoverConflicts(claims, entitiesOf)]
}
