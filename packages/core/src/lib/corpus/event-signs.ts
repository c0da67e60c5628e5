import {hasId} from './sparse-vector.js'
import type {Weighed} from './weigh-features.js'

/**
 * How many signs say that two articles report two events of one kind (two
 * earthquakes, two arrests), each sign read so that one event told by many
 * outlets rarely shows it:
 *
 * - each is about a different main person, and one of the two never names the
 *   other's (the arrest of Dana Okafor against that of Tomas Brandt, even when the
 *   second report recalls the first);
 * - the first weekday each names differs and neither names the other's (one
 *   quake "on Tuesday", the other "on Sunday");
 * - the first decimal each gives differs and neither gives the other's (a 5.6
 *   quake against a 5.9 one);
 * - their publication dates lie further apart than the window or, when one is
 *   undated, they have no year in common.
 */
export function eventSigns(a: Weighed, b: Weighed, windowDays: number): number {
  let signs = 0
  if (a.main >= 0 && b.main >= 0 && a.main !== b.main && (!hasId(a.names, b.main) || !hasId(b.names, a.main))) signs++
  if (a.weekday >= 0 && b.weekday >= 0 && a.weekday !== b.weekday && !(b.weekdays & (1 << a.weekday)) && !(a.weekdays & (1 << b.weekday))) signs++
  if (a.decimal >= 0 && b.decimal >= 0 && a.decimal !== b.decimal && !hasId(b.words, a.decimal) && !hasId(a.words, b.decimal)) signs++
  if (a.day !== null && b.day !== null) {
    if (Math.abs(a.day - b.day) > windowDays) signs++
  } else if (a.years.length > 0 && b.years.length > 0 && !a.years.some(year => b.years.includes(year))) {
    signs++
  }
  return signs
}
