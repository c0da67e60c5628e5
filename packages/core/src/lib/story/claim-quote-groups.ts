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
    for (const member of group.members) {
      let spans = byFile.get(member.file)
      if (!spans) byFile.set(member.file, spans = [])
      spans.push({start: member.start, end: member.end, group: index})
    }
  })
  return (claim) => {
    const spans = byFile.get(claim.file)
    if (!spans) return none
    let out: number[] | undefined
    for (const span of spans) if (span.start >= claim.start && span.end <= claim.end) (out ??= []).push(span.group)
    return out ?? none
  }
}

const none: readonly number[] = []

/** Whether two claims' quote groups (`claimQuoteGroups`) hold one in common. */
export function shareQuote(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (b.includes(a[i]!)) return true
  return false
}
