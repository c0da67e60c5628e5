/** One claim group as the Story shows it: members, the quantities they state, and which outlets carry it. */
import type {Stance} from '../claims/types.js'
import type {Carried, ClaimGroup, StoryClaim} from './types.js'

type Coverage = ClaimGroup['coverage'][number]

/**
 * The coverage entries of a story's outlets, each made once and shared by every group
 * (they are only read): an outlet's "maybe" entry, and its "carried" entry by stance.
 * A story of a thousand articles gave its groups some 76,000 entries of 3,000 kinds.
 */
export interface Outside {
  maybe: (file: string) => Coverage
  carried: (file: string, stance: Stance) => Coverage
}

/** `Outside` for the outlets `files`. */
export function coverageEntries(files: readonly string[]): Outside {
  const maybe = new Map(files.map((file) => [file, {file, stance: 'absent' as const, carried: 'maybe' as Carried}]))
  const carried = new Map<string, Map<Stance, Coverage>>()
  return {
    maybe: (file) => maybe.get(file)!,
    carried: (file, stance) => {
      let byStance = carried.get(file)
      if (!byStance) carried.set(file, byStance = new Map())
      let entry = byStance.get(stance)
      if (!entry) byStance.set(stance, entry = {file, stance, carried: 'carried' as Carried})
      return entry
    }
  }
}

export function toGroup(members: StoryClaim[], files: readonly string[], placesOf: ReadonlyMap<string, readonly number[]>, index: number,
  near: ReadonlyMap<string, number>, cohesion: number, outside: Outside): ClaimGroup {
  const stanceOf = new Map<string, Stance>()
  for (const member of members) if (!stanceOf.has(member.file)) stanceOf.set(member.file, member.stance)
  return {
    id: `g${index + 1}`,
    members,
    quantities: distinctQuantities(members),
    // Sparse: the outlets that carry the fact or may, in story order; the rest are absent. A
    // groups × outlets table made a 200-article story's JSON 15 MB, most of it "absent".
    coverage: coverageOf(files, placesOf, stanceOf, near, outside),
    cohesion: Math.round(cohesion * 1000) / 1000
  }
}

/** The outlets that carry a group (with their stance) or may (`near`), in story order. */
function coverageOf(files: readonly string[], placesOf: ReadonlyMap<string, readonly number[]>, stanceOf: ReadonlyMap<string, Stance>,
  near: ReadonlyMap<string, number>, outside: Outside): ClaimGroup['coverage'] {
  const places: number[] = []
  for (const file of stanceOf.keys()) for (const place of placesOf.get(file) ?? []) places.push(place)
  for (const file of near.keys()) if (!stanceOf.has(file)) for (const place of placesOf.get(file) ?? []) places.push(place)
  // Sorted as 32-bit integers (places are indices into `files`), with no comparison function called per pair.
  const sorted = new Int32Array(places).sort()
  const coverage: ClaimGroup['coverage'] = []
  for (let i = 0; i < sorted.length; i++) {
    const file = files[sorted[i]!]!
    const stance = stanceOf.get(file)
    coverage.push(stance ? outside.carried(file, stance) : outside.maybe(file))
  }
  return coverage
}

/**
 * The distinct quantities (value and unit) of the members, in order of first appearance.
 * Keyed by the number itself, then the unit: a Map tells numbers apart as their strings
 * do (NaN equals NaN, 0 equals -0), and writing each value as a string (some hundreds of
 * thousands on a story of a thousand articles) took a twentieth of the comparison.
 */
export function distinctQuantities(members: readonly StoryClaim[]): ClaimGroup['quantities'] {
  const seen = new Map<number, Set<string>>()
  const out: ClaimGroup['quantities'] = []
  for (const member of members) for (const {value, unit} of member.quantities) {
    let units = seen.get(value)
    if (units === undefined) seen.set(value, units = new Set())
    const key = unit ?? ''
    if (units.has(key)) continue
    units.add(key)
    out.push({value, unit})
  }
  return out
}
