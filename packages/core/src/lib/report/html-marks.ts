import {escapeHtml as e} from '../story/escape-html.js'
import {highlightText, type Highlight} from '../story/highlight-text.js'
import {checkSpan, type StoryText} from '../story/story-text.js'
import type {Story, StoryMember} from '../story/types.js'
import {badge, dateHtml} from './html-parts.js'
import type {ReportOutlets} from './report-outlets.js'

/** A highlight to put in an article's text, with everything that points at it. */
interface Mark {
  file: string
  start: number
  end: number
  id: string
  kinds: Set<'quote' | 'claim'>
  titles: string[]
}

/** The marks the report's links point at, gathered while the sections are written, then put into the articles' texts. */
export class MarkRegistry {
  private readonly index = new Map<string, number>()
  private readonly marks = new Map<string, Mark>()

  constructor(private readonly story: Story, private readonly outlets: ReportOutlets, private readonly textOf: ReadonlyMap<string, StoryText>) {
    story.articles.forEach((article, i) => this.index.set(article.file, i))
  }

  /** Register a mark for `member` in its article's text; its id, or null when the text was not given. */
  target(member: StoryMember, kind: 'quote' | 'claim', title: string): string | null {
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

  /** Each article's text with its marks (every claim and every linked span); null when no text was given. */
  texts(): string | null {
    if (this.textOf.size === 0) return null
    return [...this.textParts()].join('')
  }

  /**
   * The same, piece by piece: the legend, then one article at a time (a story of a
   * thousand articles is written out without holding all its texts in one string).
   */
  * textParts(): Generator<string> {
    if (this.textOf.size === 0) return
    for (const claim of this.story.claims) this.target(claim, 'claim', `Claim ${claim.claim}: ${claim.stance}${claim.assertor ? ` (${claim.assertor})` : ''}`)
    // Marks by file, once: not a pass over every mark per article.
    const byFile = new Map<string, Highlight[]>()
    for (const m of this.marks.values()) {
      let list = byFile.get(m.file)
      if (!list) byFile.set(m.file, list = [])
      list.push({start: m.start, end: m.end, id: m.id, className: [...m.kinds].sort().reverse().join(' '), title: [...new Set(m.titles)].join('; ')})
    }
    yield '<ul class="legend"><li><mark class="quote">quoted words</mark></li><li><mark class="claim">a claim</mark></li><li><mark class="claim"><mark class="quote">a quote inside a claim</mark></mark></li></ul>'
    for (const [i, article] of this.story.articles.entries()) {
      const source = this.textOf.get(article.file)
      const between = i > 0 ? '\n' : ''
      if (!source) {
        yield between
        continue
      }
      const url = source.url && /^https?:\/\//i.test(source.url) ? ` · <a href="${e(source.url)}">${e(source.url)}</a>` : ''
      yield between + `<article class="article-text" id="text-${i}" aria-labelledby="text-${i}-h"><h3 id="text-${i}-h">${badge(this.outlets, article.file)} ${article.title ? e(article.title) : 'Untitled'}</h3>` +
        `<p class="meta">${dateHtml(article.published)}${url}</p><div class="text">${highlightText(source.text, byFile.get(article.file) ?? [])}</div></article>`
    }
  }
}
