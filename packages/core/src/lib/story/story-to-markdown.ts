import type {DiffPart, Story} from './types.js'

/**
 * The story as a Markdown report for people: who said what (each quote group with
 * its renderings and word diffs), shared facts with coverage, conflicts,
 * exclusives, naming, framing, the timeline and syndication. Article text is
 * escaped, so no article can inject markup into the report.
 */
export function storyToMarkdown(story: Story): string {
  const out: string[] = ['# Story report', '']
  out.push(`${story.articles.length} articles: ${story.articles.map((a) => `${md(a.outlet ?? a.file)} (${a.quotes} quotes, ${a.claims} claims)`).join('; ')}.`, '')

  out.push('## Who said what', '')
  if (story.quoteGroups.length === 0) out.push('No quote appears in more than one place.', '')
  for (const group of story.quoteGroups) {
    out.push(`### ${md(group.speaker ?? 'Unattributed')}`, '')
    group.members.forEach((member, i) => {
      const note = i === group.fullest ? 'fullest' : member.verdict
      out.push(`- **${md(member.file)}** (${note}): “${md(member.text)}”`)
      if (i !== group.fullest && member.verdict === 'altered') out.push(`  - changed: ${member.changes.map((change) => `“${md(change.from)}” → “${md(change.to)}”`).join('; ')}`)
      if (i !== group.fullest && (member.verdict === 'altered' || member.verdict === 'paraphrase')) out.push(`  - diff: ${diffToMarkdown(member.diff)}`)
    })
    out.push('')
  }

  out.push('## Shared facts', '')
  if (story.claimGroups.length > 0) {
    const files = story.articles.map((a) => a.file)
    out.push(`| fact | ${files.map(md).join(' | ')} |`, `| --- | ${files.map(() => '---').join(' | ')} |`)
    for (const group of story.claimGroups.filter((g) => g.members.length > 1)) {
      out.push(`| ${md(clip(group.members[0]!.text, 120))} | ${group.coverage.map((c) => c.stance).join(' | ')} |`)
    }
    out.push('')
  } else out.push('No fact is carried by more than one outlet.', '')

  out.push('## Conflicts', '')
  if (story.conflicts.length === 0) out.push('None found.', '')
  for (const conflict of story.conflicts) {
    out.push(`- **${conflict.kind}**: ${md(conflict.summary)}`)
    for (const member of conflict.members) out.push(`  - ${md(member.file)} (${md(member.value)}): ${md(clip(member.text, 200))}`)
  }
  out.push('')

  out.push('## Only one outlet reports', '')
  for (const item of story.exclusives.slice(0, 200)) {
    const numbers = item.quantities.map((q) => `${q.value}${q.unit ? ` ${q.unit}` : ''}`).join(', ')
    out.push(`- **${md(item.file)}**${numbers ? ` [${md(numbers)}]` : ''}: ${md(clip(item.text, 200))}`)
  }
  out.push('')

  out.push('## Names', '')
  for (const entry of story.naming) {
    out.push(`- **${md(entry.name)}** (${entry.kinds.join(', ')}): ${entry.variants.map((v) => `${md(v.form)} [${v.kind}] (${v.files.map(md).join(', ')})`).join('; ')}`)
    if (entry.titles.length > 0) out.push(`  - titles: ${entry.titles.map((t) => `${md(t.title)} (${t.files.map(md).join(', ')})`).join('; ')}`)
  }
  out.push('')

  out.push('## Framing', '')
  for (const entry of story.framing) {
    const terms = [...new Set(entry.terms.map((t) => `${t.text} (${t.kind})`))]
    out.push(`- **${md(entry.file)}**: ${terms.length ? terms.map(md).join(', ') : 'no hedging or loaded terms'}; claims ${Object.entries(entry.stances).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  }
  out.push('')

  out.push('## Timeline', '')
  for (const day of story.timeline) {
    out.push(`- **${day.date}**: ${day.events.length} event${day.events.length === 1 ? '' : 's'} in ${new Set(day.members.map((m) => m.file)).size} articles`)
    for (const event of day.events) {
      const first = day.members[event.members[0]!]!
      out.push(`  - ${md(clip(first.text, 160))} (${[...new Set(event.members.map((i) => day.members[i]!.file))].map(md).join(', ')})`)
    }
  }
  out.push('')

  if (story.syndication.length > 0) {
    out.push('## Syndication', '')
    for (const entry of story.syndication) {
      out.push(`- ${entry.reason === 'wire-credit' ? `wire credit: ${entry.credits.map((c) => md(c.text)).join('; ')}` : `near-duplicate text (${Math.round((entry.similarity ?? 0) * 100)}%)`}: ${entry.files.map(md).join(', ')}`)
    }
    out.push('')
  }
  return out.join('\n')
}

/**
 * The changes inside the stretch a variant shares with the fullest rendering: the
 * fullest's words before and after the variant's first and last word are dropped
 * (a partial quote is an excerpt, which its verdict already says).
 */
export function innerDiff(parts: readonly DiffPart[]): DiffPart[] {
  let from = 0
  let to = parts.length
  while (from < to && parts[from]!.op === 'delete') from++
  while (to > from && parts[to - 1]!.op === 'delete') to--
  return parts.slice(from, to)
}

/** A word diff as Markdown: deletions struck through, insertions in bold (inner changes only). */
export function diffToMarkdown(parts: readonly DiffPart[]): string {
  return innerDiff(parts).map((part) => (part.op === 'equal' ? md(part.text) : part.op === 'delete' ? `~~${md(part.text)}~~` : `**${md(part.text)}**`)).join(' ')
}

/** Escape Markdown and HTML-significant characters in article text. */
function md(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ')
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}
