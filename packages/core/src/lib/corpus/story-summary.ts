import type {Weighed} from './weigh-features.js'
import {pairSimilarity} from './pair-similarity.js'

/** Beyond this many members, centrality is measured against a sample (bounded work). */
const sample = 50

/**
 * The members of one story, most central first: each by its mean similarity to
 * (up to `sample` of) the others. The first is the one most like the rest, whose
 * headline labels the story.
 */
export function byCentrality(members: readonly number[], weighed: readonly Weighed[], windowDays: number): number[] {
  if (members.length <= 2) return [...members]
  const step = Math.max(1, Math.floor(members.length / sample))
  const probes = members.filter((_, index) => index % step === 0)
  const scores = new Map<number, number>()
  for (const member of members) {
    let sum = 0
    for (const probe of probes) if (probe !== member) sum += pairSimilarity(weighed[member]!, weighed[probe]!, windowDays)
    scores.set(member, sum)
  }
  return [...members].sort((a, b) => scores.get(b)! - scores.get(a)! || a - b)
}

/** The heaviest content words over a story's members (entities and numbers aside). */
export function storyTerms(members: readonly number[], weighed: readonly Weighed[], vocabulary: readonly string[], count = 5): string[] {
  const sums = new Map<number, number>()
  for (const member of members) {
    const {ids, weights} = weighed[member]!.words
    for (let k = 0; k < ids.length; k++) sums.set(ids[k]!, (sums.get(ids[k]!) ?? 0) + weights[k]!)
  }
  return [...sums].sort((a, b) => b[1] - a[1]).map(([id]) => vocabulary[id]!).filter(term => !term.startsWith('#')).slice(0, count)
}

/** First and last publication day of the members, as `YYYY-MM-DD`. */
export function storyDates(members: readonly number[], weighed: readonly Weighed[]): {first: string, last: string} | null {
  const days = daySpan(members, weighed)
  return days && {first: isoDay(days[0]), last: isoDay(days[1])}
}

/** First and last publication day (days since 1970) of the dated members, or null when none is dated. */
export function daySpan(members: readonly number[], weighed: readonly Weighed[]): [number, number] | null {
  let first = Infinity
  let last = -Infinity
  for (const member of members) {
    const day = weighed[member]!.day
    if (day === null) continue
    first = Math.min(first, day)
    last = Math.max(last, day)
  }
  return first === Infinity ? null : [first, last]
}

function isoDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}
