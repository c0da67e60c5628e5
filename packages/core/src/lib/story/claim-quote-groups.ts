import {pushTo} from '../push-to.js'
import {SpanIndex} from '../span-index.js'
import type {QuoteGroup, StoryClaim} from './types.js'

/**
 * For each claim, the quote groups (by index) of two outlets or more that have a
 * member inside the claim's sentence: two sentences that carry one utterance, as
 * quote grouping matched it word for word ("We will rebuild the pier" in two outlets' words
 * around it), state one fact, however few words besides the quote they share. A
 * quote longer than the sentence (several sentences of one speech) links none of
 * them: which of its sentences meets which is for their words to show.
 */
export function claimQuoteGroups(quoteGroups: readonly QuoteGroup[]): (claim: StoryClaim) => readonly number[] {
  const byFile = new Map<string, Array<{start: number, end: number, group: number}>>()
  quoteGroups.forEach((group, index) => {
    if (group.files.length < 2) return
    for (const member of group.members) pushTo(byFile, member.file, {start: member.start, end: member.end, group: index})
  })
  // Each file's spans indexed once: a claim asks for those inside it without a pass over all of them.
  const indexes = new Map([...byFile].map(([file, spans]) => [file, new SpanIndex(spans)]))
  return (claim) => {
    const inside = indexes.get(claim.file)?.within(claim.start, claim.end)
    return inside && inside.length > 0 ? inside.map((span) => span.group) : none
  }
}

const none: readonly number[] = []

/** Whether two claims' quote groups (`claimQuoteGroups`) hold one in common. */
export function shareQuote(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i]!)) return true
  return false
}
