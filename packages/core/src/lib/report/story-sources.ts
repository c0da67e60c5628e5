import type {Story} from '../story/types.js'

/** Whom one outlet cites and what it shares with others: is it independent? */
export interface OutletSources {
  file: string
  /** Named sources its claims attribute, most cited first, with how many claims each. */
  named: Array<{name: string, claims: number}>
  /** Who it says something is "according to". */
  according: string[]
  /** Who it says first reported something ("first reported by", "as reported by"). */
  reportedBy: string[]
  /** Wire credits it carries ("(Reuters)", "Based On ANI Report"). */
  wire: string[]
  /** Other outlets whose text it shares, with the share of 5-word runs in common (0–1). */
  copies: Array<{file: string, share: number}>
}

// A run of capitalised words (with "of", "the", "for" inside), the source's name.
const name = String.raw`((?:the\s+)?\p{Lu}[\p{L}\p{M}.'’&-]*(?:\s+(?:(?:of|the|for|and|de|al)\s+)*\p{Lu}[\p{L}\p{M}.'’&-]*)*)`
const according = new RegExp(String.raw`\b[Aa]ccording to\s+${name}`, 'gu')
const reportedBy = new RegExp(String.raw`\b(?:[Ff]irst|[Oo]riginally|[Aa]s|was|were|been)\s+reported\s+(?:earlier\s+|first\s+)?by\s+${name}`, 'gu')

/**
 * Each outlet's sourcing, from what the story holds: the named sources its claims
 * are attributed to, the "according to" and "reported by" phrases in its claims,
 * its wire credits, and the near-duplicate text it shares with other outlets.
 */
export function storySources(story: Story): OutletSources[] {
  return story.articles.map((article) => {
    const claims = story.claims.filter((claim) => claim.file === article.file)
    const counts = new Map<string, number>()
    for (const claim of claims) {
      const who = claim.assertor?.trim()
      if (who && who !== article.outlet) counts.set(who, (counts.get(who) ?? 0) + 1)
    }
    const found = (pattern: RegExp) => [...new Set(claims.flatMap((claim) => [...claim.text.matchAll(pattern)].map((match) => match[1]!.replace(/^the\s+/i, '').replace(/[.'’]+$/u, ''))))]
    const wire = story.syndication.filter((entry) => entry.reason === 'wire-credit')
      .flatMap((entry) => entry.credits.filter((credit) => credit.file === article.file).map((credit) => credit.text.trim()))
    const copies = story.syndication.filter((entry) => entry.reason === 'near-duplicate' && entry.files.includes(article.file))
      .flatMap((entry) => entry.files.filter((file) => file !== article.file).map((file) => ({file, share: entry.similarity ?? 0})))
    return {
      file: article.file,
      named: [...counts].map(([who, n]) => ({name: who, claims: n})).sort((a, b) => b.claims - a.claims || a.name.localeCompare(b.name)),
      according: found(according),
      reportedBy: found(reportedBy),
      wire: [...new Set(wire)],
      copies
    }
  })
}
