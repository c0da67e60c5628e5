import {expectStory} from '../report/expect-story.js'
import {HtmlSections} from '../report/html-sections.js'
import {MarkRegistry} from '../report/html-marks.js'
import {reportOutlets} from '../report/report-outlets.js'
import {sharedFacts} from '../report/shared-facts.js'
import {plural} from '../report/text-layout.js'
import {escapeHtml as e} from './escape-html.js'
import {reportStyles} from './report-styles.js'
import {indexTexts, type StoryText} from './story-text.js'
import type {Story} from './types.js'

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

/**
 * The story as one self-contained HTML page for a fact-checker, what differs
 * first: the ranked conflicts, each with every outlet's sentence in an aligned
 * row (the changed value marked), the reason and the confidence; quotes with
 * altered words shown; each shared fact expandable to every outlet's own sentence
 * (silent outlets marked); exclusives, most important first; sourcing and
 * independence; the timeline in sentences; names; framing; with
 * `options.articles`, each article's text with quotes and claims marked, linked
 * from every section. Outlets by name, letter and colour (`outletStyles`), never
 * by file path.
 *
 * The page opens offline: inline CSS, no scripts, no external requests (a
 * Content-Security-Policy says so). It has landmarks, headings in order, AA
 * contrast; tables become stacked cards at phone width, so nothing scrolls
 * sideways; it prints. All article text is escaped. Pure: the same story gives the
 * same page.
 *
 * @throws {TypeError} When `story` is not a Story, or a given text does not hold the story's spans.
 */
export function storyToHtml(story: Story, options: Options = {}): string {
  return [...storyToHtmlChunks(story, options)].join('')
}

/**
 * `storyToHtml`'s page in pieces, in order, to write to a stream: the head, each
 * section, then each article's text, so a story of a thousand articles never has
 * to be one string. Joined, the pieces are exactly `storyToHtml`'s page.
 *
 * @throws {TypeError} When `story` is not a Story (at the call, not at the first
 * piece), or a given text does not hold the story's spans.
 */
export function storyToHtmlChunks(story: Story, options: Options = {}): Generator<string> {
  expectStory(story)
  return htmlChunks(story, options)
}

function * htmlChunks(story: Story, options: Options): Generator<string> {
  const textOf = indexTexts(options.articles)
  const outlets = reportOutlets(story, textOf)
  const marks = new MarkRegistry(story, outlets, textOf)
  const report = new HtmlSections(story, outlets, textOf, marks)
  const first = story.articles.find((a) => a.title)?.title
  const title = options.title ?? `Story report${first ? `: ${first}` : ''}`
  const sections: Array<[id: string, heading: string, body: () => string]> = [
    ['conflicts', 'What differs', () => report.differs()],
    ['quotes', 'Quotes', () => report.quotes()],
    ['facts', 'Facts two or more outlets carry', () => report.facts()],
    ['exclusives', 'Only one outlet reports', () => report.exclusives()],
    ['sources', 'Sourcing and independence', () => report.sources()],
    ['timeline', 'Timeline', () => report.timeline()],
    ['names', 'Names', () => report.names()],
    ['framing', 'Framing', () => report.framing()]
  ]
  // The texts come last: the sections above register the marks they carry.
  const withTexts = textOf.size > 0
  const headings = withTexts ? [...sections.map(([id, heading]) => [id, heading]), ['texts', 'The articles, marked']] : sections
  yield `<!doctype html>
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
<p class="lede"><strong><a href="#conflicts">${plural(story.conflicts.length, 'conflict')}</a></strong> among ${plural(story.articles.length, 'article')}; ${plural(sharedFacts(story).length, 'fact')} and ${plural(story.quoteGroups.length, 'quote')} carried by more than one.</p>
${report.articles()}
<nav aria-label="Sections"><ul>${headings.map(([id, heading]) => `<li><a href="#${id}">${heading}</a></li>`).join('')}</ul></nav>
</header>
<main id="main">
`
  for (const [index, [id, heading, body]] of sections.entries()) {
    yield `${index > 0 ? '\n' : ''}<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${heading}</h2>\n${body()}\n</section>`
  }
  if (withTexts) {
    yield '\n<section id="texts" aria-labelledby="texts-h">\n<h2 id="texts-h">The articles, marked</h2>\n'
    yield * marks.textParts()
    yield '\n</section>'
  }
  yield `
</main>
<footer><p>Made with corroborate from ${plural(story.articles.length, 'article')}. Offsets, group ids and claim ids are those of <code>corroborate report --format json</code>.</p></footer>
</body>
</html>
`
}
