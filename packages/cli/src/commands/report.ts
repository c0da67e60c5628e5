import {
  compareArticles, findClaims, findEntities, findQuotes, innerDiff, storyToAnnotations, storyToHtml, storyToJsonLd, storyToMarkdown,
  type Story, type StoryInput, type StoryText
} from '@corroborate/core'
import {scriptSafeJson} from '../safe-json.js'
import {style} from '../style.js'
import type {Command, RenderContext} from './command.js'

/** `corroborate [report]`: the story across articles. */
export const reportCommand: Command<StoryInput & {file: string}> = {
  name: 'report',
  summary: 'Compare how the articles tell one story',
  formats: ['text', 'json', 'markdown', 'html', 'annotations', 'jsonld'],
  defaultFormat: 'text',
  examples: [
    'corroborate seeds/',
    'corroborate report --format json a.html b.txt c.md > story.json',
    'corroborate report --format markdown stories/ukraine/ -o report.md',
    'corroborate report --format html seeds/ -o report.html',
    'corroborate report --format annotations seeds/ > annotations.jsonld',
    'corroborate report --format jsonld seeds/ > story.jsonld'
  ],
  analyze(article, file) {
    const entities = findEntities(article)
    const quotes = findQuotes(article, {nested: true})
    // An undated article's claims wait for the story's date, which compareArticles knows.
    return {file, article, entities, quotes, ...(article.published ? {claims: findClaims(article, {quotes, entities})} : {})}
  },
  all(records, format, context) {
    const story = compareArticles(records)
    // The texts the story's offsets point into, with what the renderers show of each source.
    const texts = (): StoryText[] => records.map(({file, article}) => ({file, text: article.text, url: article.source.url, outlet: article.source.outlet}))
    switch (format) {
      case 'json': return JSON.stringify(story, null, 2) + '\n'
      case 'markdown': return storyToMarkdown(story)
      case 'html': return storyToHtml(story, {articles: texts()})
      case 'annotations': return scriptSafeJson(storyToAnnotations(story, texts()), 2) + '\n'
      case 'jsonld': return scriptSafeJson(storyToJsonLd(story, texts()), 2) + '\n'
      default: return toText(story, context)
    }
  }
}

function toText(story: Story, context: RenderContext): string {
  const s = style(context.color)
  const width = Math.max(60, Math.min(context.columns, 160))
  const clip = (text: string, room: number) => (text.length > room ? `${text.slice(0, room - 1)}…` : text)
  const lines: string[] = []
  const heading = (text: string) => lines.push('', s.bold(text), s.dim('─'.repeat(Math.min(width, text.length + 10))))
  lines.push(s.bold(`Story of ${plural(story.articles.length, 'article')}`))
  for (const article of story.articles) lines.push(`  ${s.cyan(article.file)}  ${s.dim(`${plural(article.quotes, 'quote')}, ${plural(article.claims, 'claim')}`)}  ${clip(article.title ?? '', width - article.file.length - 30)}`)

  heading(`Who said what (${plural(story.quoteGroups.length, 'quote')} carried more than once)`)
  for (const group of story.quoteGroups) {
    lines.push(`${s.bold(group.speaker ?? 'unattributed')}`)
    group.members.forEach((member, i) => {
      const tag = i === group.fullest ? s.green('fullest   ')
        : member.verdict === 'identical' ? s.green('identical ')
          : member.verdict === 'excerpt' ? s.yellow('excerpt   ')
            : member.verdict === 'altered' ? s.red('altered   ') : s.cyan('paraphrase')
      lines.push(`  ${tag} ${s.dim(member.file)}  “${clip(member.text, width - member.file.length - 18)}”`)
      // An altered quote shows which words changed: the fullest's, then this outlet's.
      for (const change of i === group.fullest ? [] : member.changes) lines.push(`             ${s.red(`“${change.from}”`)} → ${s.green(`“${change.to}”`)}`)
      if (i !== group.fullest && member.verdict === 'paraphrase') {
        lines.push(`             ${innerDiff(member.diff).filter((part) => part.op !== 'equal').map((part) => (part.op === 'delete' ? s.red(`-${part.text}`) : s.green(`+${part.text}`))).join(' ')}`)
      }
    })
  }

  const shared = story.claimGroups.filter((group) => group.members.length > 1)
  heading(`Shared facts (${shared.length})`)
  for (const group of shared) {
    lines.push(`  ${clip(group.members[0]!.text, width - 4)}`)
    lines.push(`    ${group.coverage.map((c) => `${s.dim(c.file)} ${c.stance === 'absent' ? s.dim('—') : c.stance === 'asserted' ? c.stance : s.yellow(c.stance)}`).join('  ')}`)
  }

  heading(`Conflicts (${story.conflicts.length})`)
  for (const conflict of story.conflicts) {
    lines.push(`  ${s.red(conflict.kind)}: ${conflict.summary}`)
    // The whole sentence, wrapped: the words that carry the value are often at its end.
    for (const member of conflict.members) {
      lines.push(`    ${s.dim(member.file)} ${s.bold(member.value)}`)
      lines.push(...wrap(member.text, width - 6).map((line) => `      ${line}`))
    }
  }

  const numbers = story.exclusives.filter((item) => item.quantities.length > 0)
  heading(`Numbers only one outlet gives (${numbers.length})`)
  for (const item of numbers) lines.push(`  ${s.dim(item.file)} ${s.bold(item.quantities.map((q) => q.text).join(', '))}: ${clip(item.text, width - item.file.length - 20)}`)

  heading(`Names (${story.naming.length})`)
  for (const entry of story.naming) lines.push(`  ${s.bold(entry.name)} ${s.dim(`(${entry.kinds.join(', ')})`)}: ${entry.variants.map((v) => `${v.form} ${s.dim(`[${v.kind}, ${v.files.length}]`)}`).join(', ')}`)

  heading('Framing')
  for (const entry of story.framing) {
    const terms = [...new Set(entry.terms.map((t) => t.text))]
    lines.push(`  ${s.dim(entry.file)} ${terms.length > 0 ? terms.join(', ') : s.dim('none')}`)
  }

  heading(`Timeline (${story.timeline.length} days)`)
  for (const day of story.timeline) lines.push(`  ${s.bold(day.date)}  ${day.events.length} event${day.events.length === 1 ? '' : 's'}, ${plural(new Set(day.members.map((m) => m.file)).size, 'article')}`)

  if (story.syndication.length > 0) {
    heading('Not independent')
    for (const entry of story.syndication) lines.push(`  ${entry.reason === 'wire-credit' ? `wire: ${entry.credits[0]?.text}` : `near-duplicate ${Math.round((entry.similarity ?? 0) * 100)}%`}  ${s.dim(entry.files.join(', '))}`)
  }
  return lines.join('\n') + '\n'
}

/** Lines of at most `width` characters, broken at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

/** "1 article", "2 articles". */
function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}
