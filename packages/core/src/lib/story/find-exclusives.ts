import type {ClaimGroup, Exclusive, QuoteGroup, StoryClaim} from './types.js'

/**
 * What only one outlet reports: numbers no other article gives (same value and
 * unit), check-worthy claims in no claim group (with all their numbers: the fact
 * aligns to nothing, whatever other facts share a number with it), and quotes of
 * four or more words that no other article carries.
 */
export function findExclusives(claims: readonly StoryClaim[], groups: readonly ClaimGroup[], quoteGroups: readonly QuoteGroup[],
  quotes: ReadonlyArray<{file: string, article: string, start: number, end: number, text: string, words: number}>, worthy: (claim: StoryClaim) => boolean): Exclusive[] {
  // Loop bodies in functions of their own: this runs once per story, over every claim
  // and group member, and its loops were compiled on-stack for each story of 1,000 articles.
  // Keyed by the number itself, then the unit (a Map tells numbers apart as their
  // strings do): the one file that gives each value and unit, or null when several do.
  const fileOfNumber = new Map<number, Map<string, string | null>>()
  // (Walked by `forEach`: a loop of this function's own was compiled on-stack with the body inlined.)
  claims.forEach(addNumbers, fileOfNumber)
  // Not `flatMap`: a story of a thousand articles has some sixty thousand group members.
  const grouped = new Set<StoryClaim>()
  groups.forEach(addGrouped, grouped)
  const exclusives: Exclusive[] = []
  claims.forEach(addClaimExclusive, {grouped, worthy, fileOfNumber, exclusives})
  // Where each grouped quote starts, by file.
  const quoted = new Map<string, Set<number>>()
  for (const group of quoteGroups) {
    for (const member of group.members) {
      let starts = quoted.get(member.file)
      if (starts === undefined) quoted.set(member.file, starts = new Set())
      starts.add(member.start)
    }
  }
  for (const quote of quotes) {
    if (quote.words < 4 || quoted.get(quote.file)?.has(quote.start)) continue
    exclusives.push({kind: 'quote', file: quote.file, article: quote.article, start: quote.start, end: quote.end, text: quote.text, quantities: []})
  }
  return exclusives
}

/** Each value and unit of `claim`'s quantities noted in `fileOfNumber`: its file, or null once two files give it. */
function addNumbers(this: Map<number, Map<string, string | null>>, claim: StoryClaim): void {
  for (let q = 0; q < claim.quantities.length; q++) {
    const {value, unit} = claim.quantities[q]!
    let units = this.get(value)
    if (units === undefined) this.set(value, units = new Map())
    const key = unit ?? ''
    const file = units.get(key)
    if (file === undefined) units.set(key, claim.file)
    else if (file !== null && file !== claim.file) units.set(key, null)
  }
}

/** The members of a group of two or more added to `grouped`. */
function addGrouped(this: Set<StoryClaim>, group: ClaimGroup): void {
  const members = group.members
  if (members.length > 1) for (let m = 0; m < members.length; m++) this.add(members[m]!)
}

/** `claim` as an exclusive, when it aligns to nothing (and is worth checking) or gives a number no other outlet does. */
function addClaimExclusive(this: {grouped: ReadonlySet<StoryClaim>, worthy: (claim: StoryClaim) => boolean,
  fileOfNumber: ReadonlyMap<number, ReadonlyMap<string, string | null>>, exclusives: Exclusive[]}, claim: StoryClaim): void {
  const {grouped, worthy, fileOfNumber, exclusives} = this
  const alone = !grouped.has(claim) && worthy(claim)
  // A fact that aligns to nothing is exclusive with all its numbers ("at least one memo" is its own fact, though another outlet counts one memo elsewhere).
  const only = claim.quantities.filter((quantity) => alone || fileOfNumber.get(quantity.value)!.get(quantity.unit ?? '') !== null)
  if (only.length > 0 || alone) {
    exclusives.push({kind: 'claim', file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text,
      quantities: only.map(({value, unit, text}) => ({value, unit, text}))})
  }
}
