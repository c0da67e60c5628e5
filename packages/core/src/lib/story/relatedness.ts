import type {ClaimGroup, QuoteGroup, RelatednessEntry, StoryWarning} from './types.js'

/**
 * How much each article shares with the rest of the story: the share of its claims
 * and quotes that align with another article's (a claim in a claim group, a quote in
 * a quote group with a member from another file). An article that shares nothing is
 * probably not on the story; a warning names it.
 *
 * @param files The story's files, in order.
 * @param totals Claims plus quotes of each file.
 */
export function findRelatedness(files: readonly string[], totals: ReadonlyMap<string, number>, claimGroups: readonly ClaimGroup[], quoteGroups: readonly QuoteGroup[]): {relatedness: RelatednessEntry[], warnings: StoryWarning[]} {
  // Per file, what of it aligns: a claim as twice its start, a quote as twice its start plus one (numbers, not key strings, for some sixty thousand members).
  const aligned = new Map<string, Set<number>>(files.map((file) => [file, new Set()]))
  const mark = (groupMembers: ReadonlyArray<{file: string, start: number}>, kind: 0 | 1) => {
    const first = groupMembers[0]?.file
    if (!groupMembers.some((m) => m.file !== first)) return
    for (const member of groupMembers) aligned.get(member.file)?.add(member.start * 2 + kind)
  }
  for (const group of claimGroups) mark(group.members, 0)
  for (const group of quoteGroups) mark(group.members, 1)
  const relatedness = files.map((file) => {
    const total = totals.get(file) ?? 0
    const count = Math.min(total, aligned.get(file)?.size ?? 0)
    return {file, share: total === 0 ? 0 : Math.round((count / total) * 1000) / 1000, aligned: count, total}
  })
  const warnings: StoryWarning[] = files.length < 2 ? [] : relatedness.filter((entry) => entry.aligned === 0).map((entry) => ({
    kind: 'unrelated' as const, file: entry.file,
    message: `${entry.file} shares no fact or quote with the other articles: it may not be on the same story`
  }))
  return {relatedness, warnings}
}
