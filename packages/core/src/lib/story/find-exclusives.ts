import type {ClaimGroup, Exclusive, QuoteGroup, StoryClaim} from './types.js'

/**
 * What only one outlet reports: numbers no other article gives (same value and
 * unit), check-worthy claims in no claim group (with all their numbers: the fact
 * aligns to nothing, whatever other facts share a number with it), and quotes of
 * four or more words that no other article carries.
 */
export function findExclusives(claims: readonly StoryClaim[], groups: readonly ClaimGroup[], quoteGroups: readonly QuoteGroup[],
  quotes: ReadonlyArray<{file: string, article: string, start: number, end: number, text: string, words: number}>, worthy: (claim: StoryClaim) => boolean): Exclusive[] {
  const filesByNumber = new Map<string, Set<string>>()
  for (const claim of claims) {
    for (const quantity of claim.quantities) {
      const key = `${quantity.value}:${quantity.unit ?? ''}`
      if (!filesByNumber.has(key)) filesByNumber.set(key, new Set())
      filesByNumber.get(key)!.add(claim.file)
    }
  }
  // A loop, not `flatMap`: a story of a thousand articles has some sixty thousand group members.
  const grouped = new Set<StoryClaim>()
  for (const group of groups) if (group.members.length > 1) for (const member of group.members) grouped.add(member)
  const exclusives: Exclusive[] = []
  for (const claim of claims) {
    const alone = !grouped.has(claim)
    // A fact that aligns to nothing is exclusive with all its numbers ("at least one memo" is its own fact, though another outlet counts one memo elsewhere).
    const only = claim.quantities.filter((quantity) => (alone && worthy(claim)) || filesByNumber.get(`${quantity.value}:${quantity.unit ?? ''}`)!.size === 1)
    if (only.length > 0 || (alone && worthy(claim))) {
      exclusives.push({kind: 'claim', file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text,
        quantities: only.map(({value, unit, text}) => ({value, unit, text}))})
    }
  }
  const quoted = new Set(quoteGroups.flatMap((group) => group.members.map((member) => `${member.file}\u0000${member.start}`)))
  for (const quote of quotes) {
    if (quote.words < 4 || quoted.has(`${quote.file}\u0000${quote.start}`)) continue
    exclusives.push({kind: 'quote', file: quote.file, article: quote.article, start: quote.start, end: quote.end, text: quote.text, quantities: []})
  }
  return exclusives
}
