import type {Stance} from '../claims/types.js'
import {escapeHtml as e} from './escape-html.js'
import {highlightText, type Highlight} from './highlight-text.js'
import {reportStyles} from './report-styles.js'
import {checkSpan, indexTexts, type StoryText} from './story-text.js'
import {innerDiff} from './story-to-markdown.js'
import type {DiffPart, QuoteGroup, Story, StoryMember} from './types.js'

/** Options for `storyToHtml`. */
export interface Options {
  /**
   * The articles' texts (and URLs, outlet names). When given, the report ends with
   * each article's text, its quotes and claims highlighted in place, and every
   * section links to them. Default: none.
   */
  readonly articles?: readonly StoryText[]
  /** The page title. Default: "Story report" and the first article title. */
  readonly title?: string
}

const stances: ReadonlyArray<Stance> = ['asserted', 'attributed', 'hedged', 'denied']

/**
 * The story as one self-contained HTML page for people: who said what (quote
 * groups by speaker, outlet badges, each rendering's word diff against the fullest
 * in `<del>`/`<ins>`), shared facts with the coverage matrix, conflicts, numbers
 * only one outlet gives, names, framing, the timeline and syndication; with
 * `options.articles`, each article's text with quotes and claims marked, linked
 * from the sections.
 *
 * The page opens offline: inline CSS, no scripts, no external requests (a
 * Content-Security-Policy says so). It has landmarks, headings in order, tables
 * with header cells, AA contrast; it reflows at phone width and prints. All
 * article text is escaped. Pure: the same story gives the same page.
 *
 * @throws {TypeError} When a given text does not hold the story's spans.
 */
export function storyToHtml(story: Story, options: Options = {}): string {
  const report = new Report(story, indexTexts(options.articles))
  const title = options.title ?? `Story report${story.articles.find((a) => a.title)?.title ? `: ${story.articles.find((a) => a.title)!.title}` : ''}`
  const sections: Array<[id: string, heading: string, body: string]> = [
    ['articles', 'Articles', report.articles()],
    ['quotes', 'Who said what', report.quotes()],
    ['facts', 'Shared facts', report.facts()],
    ['conflicts', 'Conflicts', report.conflicts()],
    ['exclusives', 'Only one outlet reports', report.exclusives()],
    ['names', 'Names', report.names()],
    ['framing', 'Framing', report.framing()],
    ['timeline', 'Timeline', report.timeline()],
    ['syndication', 'Syndication', report.syndication()]
  ]
  // Last: the sections above registered the marks the texts carry.
  const texts = report.texts()
  if (texts) sections.push(['texts', 'The articles, marked', texts])
  const shared = story.claimGroups.filter((group) => covered(group) > 1).length
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'">
<meta name="generator" content="@corroborate/core">
<title>${e(title)}</title>
<style>${reportStyles}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the report</a>
<header class="top">
<h1>${e(title)}</h1>
<p class="lede">${plural(story.articles.length, 'article')} compared: ${plural(story.quoteGroups.length, 'quote')} carried more than once, ${plural(shared, 'fact')} shared by two or more outlets, ${plural(story.conflicts.length, 'conflict')}.</p>
<nav aria-label="Sections"><ul>${sections.map(([id, heading]) => `<li><a href="#${id}">${heading}</a></li>`).join('')}</ul></nav>
</header>
<main id="main">
${sections.map(([id, heading, body]) => `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${heading}</h2>\n${body}\n</section>`).join('\n')}
</main>
<footer><p>Made with corroborate from ${plural(story.articles.length, 'article')}. Offsets, group ids and claim ids are those of <code>corroborate report --format json</code>.</p></footer>
</body>
</html>
`
}

/** A highlight to put in an article's text, with everything that points at it. */
interface Mark {
  file: string
  start: number
  end: number
  id: string
  kinds: Set<'quote' | 'claim'>
  titles: string[]
}

class Report {
  private readonly index = new Map<string, number>()
  private readonly marks = new Map<string, Mark>()

  constructor(private readonly story: Story, private readonly textOf: Map<string, StoryText>) {
    story.articles.forEach((article, i) => this.index.set(article.file, i))
  }

  articles(): string {
    const rows = this.story.articles.map((article, i) => {
      const link = this.textOf.has(article.file) ? `<td class="screen-only"><a href="#text-${i}">Text<span class="vh"> of ${e(this.label(article.file))}</span></a></td>` : ''
      return `<tr><th scope="row">${this.badge(article.file)}</th><td>${e(article.title ?? '')}<div class="note">${e(article.file)}</div></td><td>${date(article.published)}</td>` +
        `<td class="num">${article.quotes}</td><td class="num">${article.claims}</td>${link}</tr>`
    })
    return table('Each article has a letter and a colour, used throughout the report.',
      ['Outlet', 'Title and file', 'Published', 'Quotes', 'Claims', ...(this.textOf.size > 0 ? ['Text'] : [])], rows)
  }

  quotes(): string {
    if (this.story.quoteGroups.length === 0) return '<p class="note">No quote appears in more than one place.</p>'
    const bySpeaker = new Map<string, QuoteGroup[]>()
    for (const group of this.story.quoteGroups) {
      const key = group.speaker ?? ''
      bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), group])
    }
    const out: string[] = []
    for (const [speaker, groups] of bySpeaker) {
      out.push(`<h3>${speaker ? e(speaker) : 'No named speaker'} <span class="note">(${plural(groups.length, 'quote')})</span></h3>`)
      for (const group of groups) {
        const outlets = new Set(group.members.map((m) => m.file)).size
        const items = group.members.map((member, i) => {
          const verdict = i === group.fullest ? 'fullest' : member.verdict
          const title = `Quote ${group.id}${group.speaker ? ` by ${group.speaker}` : ''}`
          const parts = i === group.fullest || member.verdict === 'identical' || member.verdict === 'excerpt' ? [] : innerDiff(member.diff)
          const diff = parts.some((part) => part.op !== 'equal') ? `<p class="diff"><span class="note">Against the fullest:</span> ${diffHtml(parts)}</p>` : ''
          return `<li>${this.badge(member.file)} <span class="verdict v-${verdict}">${verdict}</span> ${this.jump(member, 'quote', title)}<blockquote>${e(member.text)}</blockquote>${diff}</li>`
        })
        out.push(`<div class="group" id="quote-${e(group.id)}"><p class="group-head">Quote ${e(group.id)}: ${plural(group.members.length, 'rendering')} in ${plural(outlets, 'article')}</p><ol class="renderings">${items.join('')}</ol></div>`)
      }
    }
    return out.join('\n')
  }

  facts(): string {
    const shared = this.story.claimGroups.filter((group) => covered(group) > 1)
    if (shared.length === 0) return '<p class="note">No fact is carried by more than one outlet.</p>'
    const rows = shared.map((group) => {
      const cells = group.coverage.map((cover) => {
        if (cover.stance === 'absent') return '<td class="st st-absent"><span aria-hidden="true">—</span><span class="vh">absent</span></td>'
        const member = group.members.find((m) => m.file === cover.file)
        const href = member ? this.target(member, 'claim', `Fact ${group.id}: ${cover.stance}`) : null
        return `<td class="st st-${cover.stance}">${href ? `<a href="#${href}">${cover.stance}</a>` : cover.stance}</td>`
      })
      const first = group.members[0]!
      return `<tr id="fact-${e(group.id)}"><th scope="row">${e(clip(first.text, 240))} <span class="note">(${e(group.id)})</span></th>${cells.join('')}</tr>`
    })
    return table('How each outlet carries each fact that two or more carry: asserted in its own voice, attributed to a source, hedged, denied, or absent.',
      ['Fact', ...this.story.articles.map((a) => this.badge(a.file, true))], rows, 'matrix', true)
  }

  conflicts(): string {
    if (this.story.conflicts.length === 0) return '<p class="note">None found.</p>'
    return `<ul class="plain">${this.story.conflicts.map((conflict) => `<li id="conflict-${e(conflict.id)}"><p><span class="kind">${e(conflict.kind)}</span>: ${e(conflict.summary)}</p><ul class="plain">${
      conflict.members.map((m) => `<li>${this.badge(m.file)} <span class="value">${e(m.value)}</span> ${e(clip(m.text, 320))} ${this.jump(m, 'claim', `Conflict (${conflict.kind}): ${m.value}`)}</li>`).join('')
    }</ul></li>`).join('')}</ul>`
  }

  exclusives(): string {
    const numbers = this.story.exclusives.filter((item) => item.quantities.length > 0)
    const others = this.story.exclusives.filter((item) => item.quantities.length === 0)
    const item = (x: (typeof numbers)[number]) => `<li>${this.badge(x.file)} ${x.quantities.length > 0 ? `<span class="value">${e(x.quantities.map((q) => q.text).join(', '))}</span> ` : `<span class="note">${x.kind}</span> `}${e(clip(x.text, 320))} ${this.jump(x, x.kind, `Only this outlet: ${x.kind}`)}</li>`
    return `<h3>Numbers only one outlet gives</h3>${numbers.length ? `<ul class="plain">${numbers.map(item).join('')}</ul>` : '<p class="note">None.</p>'}` +
      `<h3>Other facts and quotes only one outlet gives</h3>${others.length ? `<ul class="plain">${others.map(item).join('')}</ul>` : '<p class="note">None.</p>'}`
  }

  names(): string {
    if (this.story.naming.length === 0) return '<p class="note">Every outlet writes every name the same way.</p>'
    const list = (items: Array<{text: string, files: string[], kind?: string}>) => items.length ? `<ul class="forms">${items.map((x) => `<li>${e(x.text)}${x.kind ? ` <span class="note">${e(x.kind)}</span>` : ''} ${x.files.map((f) => this.badge(f, true)).join(' ')}</li>`).join('')}</ul>` : ''
    const rows = this.story.naming.map((entry) => `<tr><th scope="row">${e(entry.name)} <span class="note">(${entry.kind}: ${entry.kinds.join(', ')})</span></th><td>${list(entry.variants.map((v) => ({text: v.form, files: v.files, kind: v.kind})))}</td><td>${list(entry.titles.map((t) => ({text: t.title, files: t.files})))}</td></tr>`)
    return table('How each outlet writes each name, and the titles it puts before it.', ['Name', 'Written as', 'Titles'], rows)
  }

  framing(): string {
    const rows = this.story.framing.map((entry) => {
      const terms = (kind: string) => {
        const counts = new Map<string, number>()
        for (const term of entry.terms.filter((t) => t.kind === kind)) counts.set(term.text.toLowerCase(), (counts.get(term.text.toLowerCase()) ?? 0) + 1)
        return counts.size ? `<ul class="terms">${[...counts].map(([text, n]) => `<li>${e(text)}${n > 1 ? ` ×${n}` : ''}</li>`).join('')}</ul>` : '<span class="note">none</span>'
      }
      return `<tr><th scope="row">${this.badge(entry.file)}</th><td>${terms('hedge')}</td><td>${terms('denial')}</td><td>${terms('loaded')}</td>${stances.map((s) => `<td class="num">${entry.stances[s] ?? 0}</td>`).join('')}</tr>`
    })
    return table('Hedging, denial and loaded words each outlet uses, and how many of its claims it asserts, attributes, hedges and reports as denied.',
      ['Outlet', 'Hedging words', 'Denial words', 'Loaded words', ...stances.map((s) => s[0]!.toUpperCase() + s.slice(1))], rows)
  }

  timeline(): string {
    if (this.story.timeline.length === 0) return '<p class="note">No dated events.</p>'
    return `<ol class="timeline">${this.story.timeline.map((day) => {
      const events = day.events.map((event) => {
        const members = event.members.map((i) => day.members[i]!)
        const files = [...new Set(members.map((m) => m.file))]
        return `<li>${files.map((f) => this.badge(f, true)).join(' ')} ${e(clip(members[0]!.text, 240))} ${this.jump(members[0]!, 'claim', `Dated ${day.date}`)}</li>`
      })
      return `<li><h3>${date(day.date, true)}</h3><p class="note">${plural(day.events.length, 'event')} in ${plural(new Set(day.members.map((m) => m.file)).size, 'article')}</p><ul class="plain">${events.join('')}</ul></li>`
    }).join('')}</ol>`
  }

  syndication(): string {
    if (this.story.syndication.length === 0) return '<p class="note">No shared wire copy or near-duplicate text found: the articles count as independent.</p>'
    return `<p class="note">Repeated copy is not independent confirmation.</p><ul class="plain">${this.story.syndication.map((entry) => `<li>${entry.files.map((f) => this.badge(f)).join(' ')} ${
      entry.reason === 'wire-credit' ? `wire credit: ${entry.credits.map((c) => `“${e(c.text)}”`).join(', ')}` : `near-duplicate text (${Math.round((entry.similarity ?? 0) * 100)}% of 5-word runs shared)`
    }</li>`).join('')}</ul>`
  }

  /** Each article's text with its marks; null when no text was given. */
  texts(): string | null {
    if (this.textOf.size === 0) return null
    for (const claim of this.story.claims) this.target(claim, 'claim', `Claim ${claim.claim}: ${claim.stance}${claim.assertor ? ` (${claim.assertor})` : ''}`)
    const legend = '<ul class="legend"><li><mark class="quote">quoted words</mark></li><li><mark class="claim">a claim</mark></li><li><mark class="claim"><mark class="quote">a quote inside a claim</mark></mark></li></ul>'
    const articles = this.story.articles.map((article, i) => {
      const source = this.textOf.get(article.file)
      if (!source) return ''
      const url = source.url && /^https?:\/\//i.test(source.url) ? ` · <a href="${e(source.url)}">${e(source.url)}</a>` : ''
      const highlights: Highlight[] = [...this.marks.values()].filter((m) => m.file === article.file)
        .map((m) => ({start: m.start, end: m.end, id: m.id, className: [...m.kinds].sort().reverse().join(' '), title: [...new Set(m.titles)].join('; ')}))
      return `<article class="article-text" id="text-${i}" aria-labelledby="text-${i}-h"><h3 id="text-${i}-h">${this.badge(article.file)} ${article.title ? e(article.title) : 'Untitled'}</h3>` +
        `<p class="meta">${e(article.file)}${article.published ? ` · ${date(article.published)}` : ''}${url}</p><div class="text">${highlightText(source.text, highlights)}</div></article>`
    })
    return legend + articles.join('\n')
  }

  private label(file: string): string {
    const article = this.story.articles[this.index.get(file) ?? -1]
    return this.textOf.get(file)?.outlet ?? article?.outlet ?? file
  }

  /** An outlet badge: its letter and colour, and its name (only for screen readers when `compact`). */
  private badge(file: string, compact = false): string {
    const i = this.index.get(file) ?? -1
    const key = i < 0 ? '?' : i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26)}`
    const label = e(this.label(file))
    return `<span class="badge o${i < 0 ? 7 : i % 8}${compact ? ' compact' : ''}" title="${label}"><span class="key">${key}</span>${compact ? `<span class="vh"> ${label}</span>` : label}</span>`
  }

  /** A link to `member` in its article's text ('' when the text was not given). */
  private jump(member: StoryMember, kind: 'quote' | 'claim', title: string): string {
    const id = this.target(member, kind, title)
    return id ? `<a class="jump" href="#${id}">in the text<span class="vh"> of ${e(this.label(member.file))}</span></a>` : ''
  }

  /** Register a mark for `member` in its article's text; its id, or null when the text was not given. */
  private target(member: StoryMember, kind: 'quote' | 'claim', title: string): string | null {
    const source = this.textOf.get(member.file)
    if (!source) return null
    const key = `${member.file}\u0000${member.start}\u0000${member.end}`
    let mark = this.marks.get(key)
    if (!mark) {
      checkSpan(member, source.text)
      mark = {file: member.file, start: member.start, end: member.end, id: `m${this.index.get(member.file) ?? 'x'}-${member.start}-${member.end}`, kinds: new Set(), titles: []}
      this.marks.set(key, mark)
    }
    mark.kinds.add(kind)
    mark.titles.push(title)
    return mark.id
  }
}

function table(caption: string, headers: readonly string[], rows: readonly string[], className = '', headersAreHtml = false): string {
  // The caption is also shown above the box, where it wraps at phone width instead of scrolling with the table.
  return `<p class="note" aria-hidden="true">${e(caption)}</p><div class="table-box" role="region" tabindex="0" aria-label="${e(caption)}"><table${className ? ` class="${className}"` : ''}><caption class="vh">${e(caption)}</caption>` +
    `<thead><tr>${headers.map((h) => `<th scope="col"${h === 'Text' ? ' class="screen-only"' : ''}>${headersAreHtml ? h : e(h)}</th>`).join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>`
}

function diffHtml(parts: readonly DiffPart[]): string {
  return parts.map((part) => part.op === 'equal' ? e(part.text) : part.op === 'delete'
    ? `<del><span class="vh">removed: </span>${e(part.text)}</del>`
    : `<ins><span class="vh">added: </span>${e(part.text)}</ins>`).join(' ')
}

function covered(group: Story['claimGroups'][number]): number {
  return group.coverage.filter((cover) => cover.stance !== 'absent').length
}

const longDate = new Intl.DateTimeFormat('en-GB', {dateStyle: 'full', timeZone: 'UTC'})

/** An ISO date in a `<time>` element: as written, or spelled out when `long`. */
function date(value: string | null, long = false): string {
  if (!value) return '<span class="note">unknown</span>'
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0]
  const time = day ? new Date(`${day}T00:00:00Z`) : null
  const text = long && time && !Number.isNaN(time.getTime()) ? longDate.format(time) : value
  return `<time datetime="${e(value)}">${e(text)}</time>`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
