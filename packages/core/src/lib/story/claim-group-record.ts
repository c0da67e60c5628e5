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
  /** Per place in story order, the group that last gave it an entry (its index + 1), and that entry: reused by every group. */
  markAt: Int32Array
  entryAt: Array<Coverage | undefined>
}

/** `Outside` for the outlets `files`. */
export function coverageEntries(files: readonly string[]): Outside {
  const maybe = new Map(files.map((file) => [file, {file, stance: 'absent' as const, carried: 'maybe' as Carried}]))
  const carried = new Map<string, Map<Stance, Coverage>>()
  return {
    markAt: new Int32Array(files.length),
    entryAt: new Array<Coverage | undefined>(files.length).fill(undefined),
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

export function toGroup(members: StoryClaim[], placesOf: ReadonlyMap<string, readonly number[]>, index: number,
  near: ReadonlyMap<string, number>, cohesion: number, outside: Outside): ClaimGroup {
  return {
    id: `g${index + 1}`,
    members,
    quantities: distinctQuantities(members),
    // Sparse: the outlets that carry the fact or may, in story order; the rest are absent. A
    // groups × outlets table made a 200-article story's JSON 15 MB, most of it "absent".
    coverage: coverageOf(members, placesOf, index + 1, near, outside),
    cohesion: Math.round(cohesion * 1000) / 1000
  }
}

/**
 * The outlets that carry a group (with the stance of its first member there) or may
 * (`near`), in story order. Places are marked with `mark` in arrays every group reuses,
 * not in a map of outlets per group.
 */
function coverageOf(members: readonly StoryClaim[], placesOf: ReadonlyMap<string, readonly number[]>, mark: number,
  near: ReadonlyMap<string, number>, outside: Outside): ClaimGroup['coverage'] {
  const places: number[] = []
  for (let m = 0; m < members.length; m++) {
    const file = members[m]!.file
    const at = placesOf.get(file)
    if (at !== undefined && at.length > 0 && outside.markAt[at[0]!] !== mark) markPlaces(at, mark, outside.carried(file, members[m]!.stance), outside, places)
  }
  for (const file of near.keys()) {
    const at = placesOf.get(file)
    if (at !== undefined && at.length > 0 && outside.markAt[at[0]!] !== mark) markPlaces(at, mark, outside.maybe(file), outside, places)
  }
  // Sorted as 32-bit integers (places are indices into the story's files), with no comparison function called per pair.
  const sorted = new Int32Array(places).sort()
  const coverage: ClaimGroup['coverage'] = []
  for (let i = 0; i < sorted.length; i++) coverage.push(outside.entryAt[sorted[i]!]!)
  return coverage
}

/** Give an outlet's places `entry` for the group marked `mark`, and list them. */
function markPlaces(at: readonly number[], mark: number, entry: Coverage, outside: Outside, places: number[]): void {
  for (let k = 0; k < at.length; k++) {
    outside.markAt[at[k]!] = mark
    outside.entryAt[at[k]!] = entry
    places.push(at[k]!)
  }
}

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
