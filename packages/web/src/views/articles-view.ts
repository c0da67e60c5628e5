import {h, plural} from '../dom.js'
import {highlight, type Mark} from '../highlight.js'
import type {AnalysedArticle} from '../protocol.js'
import type {Target, ViewContext} from '../widgets.js'

const layers = [
  {kind: 'quote', label: 'Quotes'},
  {kind: 'speaker', label: 'Speakers'},
  {kind: 'claim', label: 'Claims'}
] as const

/** Hidden highlight layers, kept across renders of the view. */
const hidden = new Set<string>()

/** The articles side by side, each with its quotes, speakers and claims highlighted in place. */
export function articlesView(context: ViewContext, target: Target | null): Node {
  const root = h('div', {class: 'view articles-view'})
  const applyLayers = () => {
    for (const layer of layers) root.classList.toggle(`hide-${layer.kind}`, hidden.has(layer.kind))
  }
  root.append(h('fieldset', {class: 'legend'}, h('legend', {class: 'visually-hidden'}, 'Highlight'),
    ...layers.map((layer) => h('label', {class: `legend-item legend-${layer.kind}`},
      h('input', {type: 'checkbox', checked: !hidden.has(layer.kind), onchange: (event) => {
        if ((event.target as HTMLInputElement).checked) hidden.delete(layer.kind)
        else hidden.add(layer.kind)
        applyLayers()
      }}),
      h('span', {class: `swatch m-${layer.kind}`}, layer.label)))))
  applyLayers()
  if (target?.related && target.related.length > 0) root.append(alignedView(context, target))
  const articles = context.articles.filter((article) => !context.filter.outlet || article.file === context.filter.outlet)
  root.append(h('div', {class: 'columns'}, ...articles.map((article) => column(context, article, targetsIn(target, article.file)))))
  return root
}

/** The places to mark in one article: the one jumped to, and the same item's sentences in it. */
function targetsIn(target: Target | null, file: string): Array<{start: number, end: number}> {
  if (!target) return []
  // In the article jumped to, the place clicked; in the others, their sentences of the item.
  return target.file === file ? [target] : (target.related ?? []).filter((member) => member.file === file)
}

/**
 * After a jump: the article jumped to scrolls into sight with its marked text, and
 * every other article's text scrolls to its own sentence of the item.
 */
export function bringTargetsIntoSight(panel: HTMLElement, target: Target, top: HTMLElement): void {
  const papers = [...panel.querySelectorAll<HTMLElement>('.paper')]
  const paper = papers.find((candidate) => candidate.dataset.file === target.file)
  const first = paper?.querySelector<HTMLElement>('.m-target')
  const body = paper?.querySelector<HTMLElement>('.paper-body')
  const columns = paper?.parentElement
  if (!first || !paper || !body || !columns) return
  first.tabIndex = -1
  if (body.scrollHeight > body.clientHeight) {
    // Side by side: the views stay in sight, the article's column scrolls into the
    // row, and each article's text scrolls to its own sentence of the item.
    top.scrollIntoView({block: 'start'})
    columns.scrollLeft = paper.offsetLeft - 8
    for (const other of papers) {
      const mark = other.querySelector<HTMLElement>('.m-target')
      const text = other.querySelector<HTMLElement>('.paper-body')
      if (mark && text) text.scrollTop = mark.offsetTop - text.clientHeight / 3
    }
  } else first.scrollIntoView({block: 'center'})
  first.focus({preventScroll: true})
}

/** One fact, quote or conflict across all outlets, a row each: read across, not through squeezed columns. */
function alignedView(context: ViewContext, target: Target): HTMLElement {
  // In story order, as every other view lists the outlets.
  const related = [...target.related ?? []].sort((a, b) => context.outlets.files.indexOf(a.file) - context.outlets.files.indexOf(b.file))
  const silent = context.articles.filter((article) => !related.some((member) => member.file === article.file))
  return h('section', {class: 'aligned-view', 'aria-labelledby': 'aligned-heading'},
    h('h3', {id: 'aligned-heading'}, target.about ?? 'The same item in each outlet'),
    h('ul', {class: 'aligned'}, ...related.map((member) => h('li', {class: `aligned-row${member.file === target.file && member.start === target.start ? ' current' : ''}`},
      h('span', {class: 'aligned-outlet'}, context.outlets.badge(member.file)),
      h('span', {class: 'aligned-text'}, member.text)))),
    silent.length > 0 ? h('p', {class: 'card-meta silent'}, 'Silent: ', ...silent.map((article) => context.outlets.badge(article.file))) : null)
}

function column(context: ViewContext, article: AnalysedArticle, targets: ReadonlyArray<{start: number, end: number}>): HTMLElement {
  const claims = context.story.claims.filter((claim) => claim.file === article.file)
  const marks: Mark[] = [
    ...claims.map((claim): Mark => ({start: claim.start, end: claim.end, kind: 'claim', title: `Claim · ${claim.stance}${claim.assertor ? ` · ${claim.assertor}` : ''}`})),
    ...article.quotes.map((quote): Mark => ({start: quote.start, end: quote.end, kind: 'quote', title: `Quote · ${quote.speaker ?? 'no speaker found'}`, tip: quote.speaker ? `Said by ${quote.speaker}` : 'No speaker found'})),
    ...article.quotes.flatMap((quote): Mark[] => (quote.mention ? [{...quote.mention, kind: 'speaker', title: `Speaker · ${quote.speaker ?? ''}`}] : [])),
    ...targets.map((target): Mark => ({start: target.start, end: target.end, kind: 'target'}))
  ]
  const headingId = `article-${context.articles.indexOf(article)}`
  const body = h('div', {class: 'paper-body', tabindex: 0, 'aria-labelledby': headingId})
  let last = 0
  for (const block of article.blocks) {
    // Text between blocks is blank, or a list marker ("- ") the block leaves out: it
    // goes in front of the block, so nothing of the article is hidden.
    const gap = article.text.slice(last, block.start)
    const from = gap.trim() === '' ? block.start : last + gap.search(/\S/)
    body.append(blockElement(block.kind, block.depth, block.reason, highlight(article.text, from, block.end, marks)))
    last = Math.max(last, block.end)
  }
  if (article.text.slice(last).trim() !== '') body.append(h('p', null, ...highlight(article.text, last + article.text.slice(last).search(/\S/), article.text.length, marks)))
  // The title usually opens the body as a heading; the header repeats it only when it does not.
  const titleInBody = article.blocks.some((block) => block.kind === 'heading' && article.text.slice(block.start, block.end).trim() === article.title)
  return h('article', {class: 'paper', 'data-file': article.file},
    h('header', {class: 'paper-head'},
      h('h3', {id: headingId}, context.outlets.badge(article.file)),
      article.title && !titleInBody ? h('p', {class: 'paper-title'}, article.title) : null,
      h('p', {class: 'card-meta'}, [article.published?.slice(0, 10), article.format, baseName(article.file), plural(article.quotes.length, 'quote'), plural(claims.length, 'claim')].filter(Boolean).join(' · '))),
    body)
}

/** "stories/riverton/ledger.html" → "ledger.html": the file, never its path. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file
}

function blockElement(kind: string, depth: number | undefined, reason: string | undefined, children: Node[]): HTMLElement {
  switch (kind) {
    case 'heading': return h(depth === 1 ? 'h4' : 'h5', {class: 'block-heading'}, ...children)
    case 'list-item': return h('p', {class: 'block-list-item'}, ...children)
    case 'blockquote': return h('blockquote', {class: 'block-quote'}, ...children)
    case 'embed': return h('blockquote', {class: 'block-embed'}, ...children)
    case 'boilerplate': return h('p', {class: 'block-boilerplate'}, h('span', {class: 'block-reason'}, (reason ?? 'boilerplate').replace(/-/g, ' ')), ' ', ...children)
    default: return h('p', null, ...children)
  }
}
