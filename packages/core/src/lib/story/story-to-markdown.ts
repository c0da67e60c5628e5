import {changedStretches, shortValue, splitStretches} from '../report/changed-value.js'
import {rankConflicts, percent} from '../report/rank-conflicts.js'
import {rankExclusives} from '../report/rank-exclusives.js'
import {rankQuoteGroups} from '../report/rank-quotes.js'
import {nameFiles, reportOutlets} from '../report/report-outlets.js'
import {expectStory} from '../report/expect-story.js'
import {factBasis, sharedFacts} from '../report/shared-facts.js'
import {groupCarriers, ownSpeaker} from '../report/speaker-overrides.js'
import {storySources} from '../report/story-sources.js'
import {storyWarnings} from '../report/story-warnings.js'
import {clip, plural} from '../report/text-layout.js'
import {timelineDays} from '../report/timeline-days.js'
import {nothingDiffers} from '../report/nothing-differs.js'
import {withVisibleControls} from '../report/visible-controls.js'
import type {DiffPart, Story} from './types.js'

/**
 * The story as a Markdown report for people, what differs first: the ranked
 * conflicts with every outlet's sentence (the changed value in bold), the reason
 * and the confidence; quotes with altered words struck and inserted; each shared
 * fact in every outlet's own sentence, silent outlets named; exclusives, most
 * important first; sourcing; the timeline; names; framing. Outlets by letter and
 * name, never by file. Article text is escaped, so no article can inject markup.
 *
 * @throws {TypeError} when `story` is not a Story.
 */
export function storyToMarkdown(story: Story): string {
  expectStory(story)
  // Printed to a terminal as often as rendered: no article may act on it.
  story = withVisibleControls(story)
  const outlets = reportOutlets(story)
  const who = (file: string) => {
    const style = outlets.get(file)
    return style ? `**${style.letter}** ${md(style.label)}` : md(file)
  }
  const out: string[] = ['# Story report', '']
  out.push(`${plural(story.articles.length, 'article')} compared, ${plural(story.conflicts.length, 'conflict')} found.`, '')
  out.push('| | Outlet | Title | Published | Quotes | Claims |', '| --- | --- | --- | --- | ---: | ---: |')
  for (const article of story.articles) {
    const style = outlets.get(article.file)!
    out.push(`| **${style.letter}** | ${md(style.label)} | ${md(article.title ?? '')} | ${md(article.published?.slice(0, 10) ?? 'unknown')} | ${article.quotes} | ${article.claims} |`)
  }
  out.push('')

  out.push('## What differs', '')
  const conflicts = rankConflicts(story.conflicts)
  for (const warning of storyWarnings(story, outlets)) out.push(`> ${md(warning)}`, '')
  if (conflicts.length === 0) out.push(md(nothingDiffers(story)), '')
  conflicts.forEach((conflict, n) => {
    out.push(`### ${n + 1}. ${md(conflict.kind)}: ${md(nameFiles(conflict.summary, outlets))}`, '')
    out.push(`${percent(conflict.confidence)} sure. Why: ${md(conflict.reason)}.`, '')
    out.push('| Outlet | Gives | Sentence |', '| --- | --- | --- |')
    for (const member of conflict.members) {
      const sentence = splitStretches(member.text, changedStretches(conflict, member)).map(([text, changed]) => (changed ? `**${md(text)}**` : md(text))).join('')
      out.push(`| ${who(member.file)} | ${md(shortValue(member.value, member.text))} | ${sentence} |`)
    }
    out.push('')
  })

  out.push('## Quotes', '')
  if (story.quoteGroups.length === 0) out.push('No quote appears in more than one place.', '')
  for (const group of rankQuoteGroups(story.quoteGroups)) {
    out.push(`### ${md(group.speaker ?? 'No named speaker')} (${md(groupCarriers(group))})`, '')
    group.members.forEach((member, i) => {
      const note = i === group.fullest ? 'fullest' : member.verdict
      out.push(`- ${who(member.file)} (${note === 'altered' ? '**altered**' : note}): “${md(member.text)}”`)
      const own = ownSpeaker(group, i)
      if (own) out.push(`  - this outlet attributes it to ${md(own)}`)
      if (i !== group.fullest && member.verdict === 'altered') out.push(`  - changed: ${member.changes.map((change) => `~~${md(change.from)}~~ → **${md(change.to)}**`).join('; ')}`)
      if (i !== group.fullest && (member.verdict === 'altered' || member.verdict === 'paraphrase')) out.push(`  - against the fullest: ${diffToMarkdown(member.diff)}`)
    })
    out.push('')
  }

  out.push('## Facts two or more outlets carry', '')
  const facts = sharedFacts(story)
  if (facts.length === 0) out.push('No fact is carried by more than one outlet.', '')
  facts.forEach((fact, n) => {
    const basis = factBasis(fact.group)
    out.push(`${n + 1}. ${plural(fact.outlets, 'outlet')}${fact.mixed ? ', told differently' : ''}${basis ? ` (${md(basis)})` : ''}:`)
    for (const cell of fact.cells) {
      if (cell.members.length === 0) out.push(`   - ${who(cell.file)}: *silent*${cell.maybe ? ' (may say it in other words)' : ''}`)
      else out.push(`   - ${who(cell.file)} (${cell.stance}): ${md(clip(cell.members[0]!.text, 300))}`)
    }
  })
  out.push('')

  const exclusives = rankExclusives(story.exclusives)
  out.push(`## Only one outlet reports (${exclusives.items.length + exclusives.rest})`, '')
  for (const item of exclusives.items) {
    const numbers = item.quantities.map((q) => q.text).join(', ')
    out.push(`- ${who(item.file)}${numbers ? ` [${md(numbers)}]` : ''}${item.kind === 'quote' ? ' (quote)' : ''}: ${md(clip(item.text, 300))}`)
  }
  if (exclusives.rest > 0) out.push(`- … and ${exclusives.rest} more (the JSON report lists them all)`)
  if (exclusives.items.length === 0) out.push('None.')
  out.push('')

  out.push('## Sourcing and independence', '')
  for (const sources of storySources(story)) {
    const parts = [
      sources.named.length ? `cites ${sources.named.map((s) => `${md(s.name)} (${s.claims})`).join(', ')}` : 'cites no named source',
      sources.according.length ? `according to ${sources.according.map(md).join(', ')}` : '',
      sources.reportedBy.length ? `reported by ${sources.reportedBy.map(md).join(', ')}` : '',
      sources.wire.length ? `wire credit: ${sources.wire.map(md).join('; ')}` : '',
      sources.copies.length ? `shares text with ${sources.copies.map((c) => `${who(c.file)} (${percent(c.share)} of 5-word runs)`).join(', ')}` : ''
    ].filter(Boolean)
    out.push(`- ${who(sources.file)}: ${parts.join('; ')}`)
  }
  if (!story.syndication.some((entry) => entry.reason === 'near-duplicate')) out.push('', 'No two outlets share half their text: no copied article found.')
  out.push('')

  out.push('## Timeline', '')
  const days = timelineDays(story)
  if (days.length === 0) out.push('No claim is dated to a day.')
  for (const day of days) {
    out.push(`- **${day.date}**`)
    for (const event of day.events) out.push(`  - ${md(clip(event.sentence.text, 240))} (${event.files.map(who).join(', ')})`)
  }
  out.push('')

  if (story.naming.length > 0) {
    out.push('## Names written differently', '')
    for (const entry of story.naming) {
      out.push(`- **${md(entry.name)}** (${entry.kinds.join(', ')}): ${entry.variants.map((v) => `${md(v.form)} (${v.files.map((f) => outlets.get(f)?.letter ?? md(f)).join(', ')})`).join('; ')}`)
      if (entry.titles.length > 0) out.push(`  - titles: ${entry.titles.map((t) => `${md(t.title)} (${t.files.map((f) => outlets.get(f)?.letter ?? md(f)).join(', ')})`).join('; ')}`)
    }
    out.push('')
  }

  out.push('## Framing', '')
  for (const entry of story.framing) {
    const terms = [...new Set(entry.terms.map((t) => `${t.text.toLowerCase()} (${t.kind})`))]
    out.push(`- ${who(entry.file)}: ${terms.length ? terms.map(md).join(', ') : 'no hedging or loaded terms'}; claims ${Object.entries(entry.stances).map(([k, v]) => `${k} ${v}`).join(', ')}`)
  }
  out.push('')
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
