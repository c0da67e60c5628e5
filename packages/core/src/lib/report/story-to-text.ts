import {innerDiff} from '../story/story-to-markdown.js'
import type {DiffPart, Story} from '../story/types.js'
import {changedStretches, shortValue, splitStretches} from './changed-value.js'
import {expectStory} from './expect-story.js'
import {rankConflicts, percent} from './rank-conflicts.js'
import {rankExclusives} from './rank-exclusives.js'
import {isAltered, rankQuoteGroups} from './rank-quotes.js'
import {nameFiles, reportOutlets, type ReportOutlets} from './report-outlets.js'
import {factBasis, sharedFacts} from './shared-facts.js'
import {groupCarriers, ownSpeaker} from './speaker-overrides.js'
import {storySources} from './story-sources.js'
import {storyWarnings} from './story-warnings.js'
import {nothingDiffers} from './nothing-differs.js'
import {clip, flat, hang, plural, wrap} from './text-layout.js'
import {timelineDays} from './timeline-days.js'
import {withVisibleControls} from './visible-controls.js'

/** Colours for a terminal; each returns its text wrapped in escapes (or as it is). */
export interface Paint {
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
}

/** Options for `storyToText`. */
export interface StoryToTextOptions {
  /** Columns to fit (no line is longer). Default 80. */
  readonly width?: number
  /** Terminal colours. Default: none. */
  readonly paint?: Paint
}

const plain: Paint = {bold: (t) => t, dim: (t) => t, red: (t) => t, green: (t) => t, yellow: (t) => t}

/**
 * The story as plain text for a terminal, what differs first: ranked conflicts with
 * every outlet's sentence, altered quotes with the words changed, shared facts with
 * each outlet's sentence and stance, exclusives, sourcing, the timeline. Outlets by
 * name and letter, never by file; every line fits `width` columns.
 *
 * @throws {TypeError} when `story` is not a Story.
 */
export function storyToText(story: Story, options: StoryToTextOptions = {}): string {
  expectStory(story)
  // No article or file name may act on the terminal (an ESC would recolour or clear it).
  story = withVisibleControls(story)
  const width = Math.max(40, Math.floor(options.width ?? 80))
  const p = options.paint ?? plain
  const outlets = reportOutlets(story)
  const tag = (file: string) => outletTag(outlets, file)
  const lines: string[] = []
  const heading = (text: string) => lines.push('', p.bold(clip(text, width)), p.dim('─'.repeat(Math.min(width, text.length))))
  const block = (indent: number, text: string) => lines.push(...wrap(text, width - indent).map((line) => ' '.repeat(indent) + line))

  lines.push(p.bold(clip(`Story of ${plural(story.articles.length, 'article')}`, width)))
  for (const article of story.articles) {
    const counts = `${plural(article.quotes, 'quote')}, ${plural(article.claims, 'claim')}`
    lines.push(...hang(`  ${tag(article.file)}  `, `${counts}${article.published ? `, ${article.published.slice(0, 10)}` : ''}${article.title ? `. ${clip(article.title, 70)}` : ''}`, width))
  }

  const conflicts = rankConflicts(story.conflicts)
  heading(`What differs (${plural(conflicts.length, 'conflict')}, surest first)`)
  for (const warning of storyWarnings(story, outlets)) lines.push(...wrap(warning, width - 2).map((line) => `  ${p.yellow(line)}`))
  if (conflicts.length === 0) block(2, nothingDiffers(story))
  conflicts.forEach((conflict, n) => {
    lines.push(...hang(`${String(n + 1).padStart(2)}. `, `${conflict.kind}: ${nameFiles(conflict.summary, outlets)} (${percent(conflict.confidence)} sure)`, width).map((line, i) => (i === 0 ? p.red(line) : line)))
    block(6, `Why: ${conflict.reason}.`)
    for (const member of conflict.members) {
      const value = shortValue(member.value, member.text)
      lines.push(...hang(`    ${tag(member.file)}${value ? ': ' : ''}`, value, width))
      // The changed words in »guillemets« (and red on a terminal), so that they show without colour too.
      const marked = splitStretches(member.text, changedStretches(conflict, member)).map(([text, changed]) => (changed ? `»${text}«` : text)).join('')
      lines.push(...wrap(marked, width - 6).map((line) => `      ${line.replace(/»[^«]*«?|^[^»]*«/g, (m) => p.red(m))}`))
    }
  })

  const quotes = rankQuoteGroups(story.quoteGroups)
  heading(`Quotes (${plural(quotes.length, 'quote')} carried more than once${quotes.some(isAltered) ? ', altered first' : ''})`)
  if (quotes.length === 0) block(2, 'No quote appears in more than one place.')
  for (const group of quotes) {
    lines.push(...hang('  ', `${group.speaker ?? 'No named speaker'} (${groupCarriers(group)})`, width).map(p.bold))
    group.members.forEach((member, i) => {
      const verdict = i === group.fullest ? 'fullest' : member.verdict
      lines.push(...hang(`    ${tag(member.file)} ${verdict.toUpperCase()} `, `“${flat(member.text)}”`, width, 6).map((line, j) => (j === 0 && verdict === 'altered' ? p.red(line) : line)))
      const own = ownSpeaker(group, i)
      if (own) lines.push(...hang('      ', `this outlet attributes it to ${own}`, width).map(p.yellow))
      if (i !== group.fullest && member.verdict === 'altered') {
        for (const change of member.changes) lines.push(...hang('      changed: ', `“${change.from}” → “${change.to}”`, width))
      }
      // A paraphrase (or an alteration without listed changes): the word diff, as Markdown and HTML give it.
      const diff = i !== group.fullest && (member.verdict === 'paraphrase' || (member.verdict === 'altered' && member.changes.length === 0)) ? textDiff(member.diff) : ''
      if (diff) lines.push(...hang('      against the fullest: ', diff, width, 8))
    })
  }

  const facts = sharedFacts(story)
  heading(`Facts two or more outlets carry (${facts.length})`)
  if (facts.length === 0) block(2, 'No fact is carried by more than one outlet.')
  facts.forEach((fact, n) => {
    lines.push(...hang(`${String(n + 1).padStart(2)}. `, clip(fact.cells.find((cell) => cell.members.length > 0)!.members[0]!.text, 200), width))
    const basis = factBasis(fact.group)
    if (basis) lines.push(...hang('    ', `(${basis})`, width).map(p.dim))
    for (const cell of fact.cells.filter((c) => c.members.length > 0)) {
      lines.push(`    ${clip(`${outlets.get(cell.file)?.letter ?? '?'} ${cell.stance}: ${cell.members[0]!.text}`, width - 4)}`)
    }
    const silent = fact.cells.filter((cell) => cell.members.length === 0)
    if (silent.length > 0) lines.push(...hang('    silent: ', silent.map((cell) => `${tag(cell.file)}${cell.maybe ? ' (in other words?)' : ''}`).join(', '), width))
  })

  const exclusives = rankExclusives(story.exclusives)
  heading(`Only one outlet reports (${exclusives.items.length + exclusives.rest}, most important first)`)
  for (const item of exclusives.items) {
    const numbers = item.quantities.map((q) => q.text).join(', ')
    lines.push(...hang(`  ${tag(item.file)} `, `${numbers ? `[${numbers}] ` : ''}${item.kind === 'quote' ? 'quote: ' : ''}${clip(item.text, 240)}`, width, 4))
  }
  if (exclusives.rest > 0) block(2, `… and ${exclusives.rest} more (the JSON report lists them all).`)
  if (exclusives.noise > 0) block(2, p.dim(`${plural(exclusives.noise, 'fragment')} or heading${exclusives.noise === 1 ? '' : 's'} left out.`))

  heading('Sourcing and independence')
  for (const sources of storySources(story)) {
    const parts = [
      sources.named.length ? `cites ${sources.named.slice(0, 6).map((s) => `${s.name} (${s.claims})`).join(', ')}${sources.named.length > 6 ? ` and ${sources.named.length - 6} more` : ''}` : 'cites no named source',
      sources.according.length ? `according to ${sources.according.join(', ')}` : '',
      sources.reportedBy.length ? `reported by ${sources.reportedBy.join(', ')}` : '',
      sources.wire.length ? `wire credit: ${sources.wire.join('; ')}` : '',
      sources.copies.length ? `shares text with ${sources.copies.map((c) => `${outletLabel(outlets, c.file)} (${percent(c.share)})`).join(', ')}` : ''
    ].filter(Boolean)
    lines.push(...hang(`  ${tag(sources.file)}: `, `${parts.join('; ')}.`, width, 4))
  }
  if (!story.syndication.some((entry) => entry.reason === 'near-duplicate')) block(2, p.dim('No two outlets share half their text (5-word runs): no copied article found.'))

  const days = timelineDays(story)
  heading(`Timeline (${plural(days.length, 'day')})`)
  if (days.length === 0) block(2, 'No claim is dated to a day.')
  for (const day of days) {
    lines.push(`  ${p.bold(day.date)}`)
    for (const event of day.events.slice(0, 5)) lines.push(...hang('    • ', `${clip(event.sentence.text, 200)} (${event.files.map((f) => outletLabel(outlets, f)).join(', ')})`, width))
    if (day.events.length > 5) block(6, `… and ${plural(day.events.length - 5, 'more event')}`)
  }

  if (story.naming.length > 0) {
    heading(`Names written differently (${story.naming.length})`)
    for (const entry of story.naming) {
      lines.push(...hang('  ', `${entry.name} (${entry.kinds.join(', ')}): ${entry.variants.map((v) => `${v.form} [${v.files.map((f) => outlets.get(f)?.letter ?? '?').join('')}]`).join(', ')}`, width))
    }
  }
  return lines.join('\n') + '\n'
}

/** A word diff in wdiff's marks: [-dropped-] {+added+}, inner changes only; '' when nothing differs. */
function textDiff(parts: readonly DiffPart[]): string {
  const inner = innerDiff(parts)
  return inner.some((part) => part.op !== 'equal') ? inner.map((part) => (part.op === 'equal' ? part.text : part.op === 'delete' ? `[-${part.text}-]` : `{+${part.text}+}`)).join(' ') : ''
}

/** "A Riverton Courier": the outlet's letter and name. */
function outletTag(outlets: ReportOutlets, file: string): string {
  const style = outlets.get(file)
  return style ? `${style.letter} ${style.label}` : file
}

function outletLabel(outlets: ReportOutlets, file: string): string {
  return outlets.get(file)?.label ?? file
}
