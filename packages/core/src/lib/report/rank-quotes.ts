import type {QuoteGroup, QuoteVerdict} from '../story/types.js'

const weight: Record<QuoteVerdict, number> = {altered: 3, paraphrase: 2, excerpt: 1, identical: 0}

/** Quote groups a checker should read first: an altered rendering first, then paraphrases, then the most outlets. */
export function rankQuoteGroups(groups: readonly QuoteGroup[]): QuoteGroup[] {
  const worst = (group: QuoteGroup) => Math.max(0, ...group.members.map((member, i) => (i === group.fullest ? 0 : weight[member.verdict])))
  return groups.map((group, index) => ({group, index}))
    .sort((a, b) => worst(b.group) - worst(a.group) || b.group.files.length - a.group.files.length || a.index - b.index)
    .map(({group}) => group)
}

/** Whether any rendering of the group changes the words. */
export function isAltered(group: QuoteGroup): boolean {
  return group.members.some((member, i) => i !== group.fullest && member.verdict === 'altered')
}
