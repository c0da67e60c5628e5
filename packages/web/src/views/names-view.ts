import type {FramingEntry, Stance} from '@corroborate/core'
import {h, plural} from '../dom.js'
import {jumpButton, note, reportSection, type ViewContext} from '../widgets.js'

const stances: Stance[] = ['asserted', 'attributed', 'hedged', 'denied']

/** Names and framing: how each outlet writes each name and title, the loaded and hedging words it uses, and copy that is not independent. */
export function namesView(context: ViewContext): Node {
  const {story} = context
  const root = h('div', {class: 'view names-view'})
  root.append(reportSection(context, 'names', `Names (${story.naming.length})`, 'People, organisations, places and terms the outlets write differently: each written form (and how it differs: spelling, accents, capitals, another form, a likely error) and title, and the outlets that use it.',
    story.naming.length === 0 ? note('Every outlet writes every name the same way.') : namesTable(context)))

  root.append(reportSection(context, 'names', 'Framing', 'Hedging, denying and loaded words each outlet uses, and how its claims stand.',
    h('div', {class: 'cards'}, ...story.framing.filter((entry) => !context.filter.outlet || entry.file === context.filter.outlet).map((entry) => framingCard(context, entry)))))

  if (story.syndication.length > 0) {
    root.append(reportSection(context, 'names', 'Not independent', 'Articles that repeat one another (wire copy, shared credits): their agreement is not separate confirmation.',
      h('ul', {class: 'plain-list'}, ...story.syndication.map((entry) => h('li', null,
        ...entry.files.map((file) => context.outlets.badge(file)), ' ',
        entry.reason === 'wire-credit'
          ? h('span', null, `${entry.files.length === 1 ? 'carries' : 'share'} a wire credit: `, ...entry.credits.map((credit) => jumpButton(context, credit, `“${credit.text}”`)))
          : h('span', null, `are ${Math.round((entry.similarity ?? 0) * 100)} % the same text`))))))
  }
  return root
}

/** One table for all names: a row per written form or title, a column per outlet, so each badge shows once. */
function namesTable(context: ViewContext): HTMLElement {
  const files = context.articles.map((article) => article.file)
  const row = (label: Node | string, used: readonly string[], kind: 'form' | 'title', variation?: string) => h('tr', {class: `name-row name-${kind}${variation ? ` variation-${variation}` : ''}`},
    h('th', {scope: 'row'}, label),
    ...files.map((file) => used.includes(file)
      ? h('td', {class: 'used'}, h('span', {class: `dot ${context.outlets.colour(file)}`, 'aria-hidden': 'true'}, context.outlets.letter(file)), h('span', {class: 'visually-hidden'}, `used by ${context.outlets.label(file)}`))
      : h('td', null)))
  return h('div', {class: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Names by outlet'},
    h('table', {class: 'names-table'},
      h('thead', null, h('tr', null, h('th', {scope: 'col'}, 'Written as'), ...files.map((file) => h('th', {scope: 'col'}, context.outlets.badge(file))))),
      ...context.story.naming.map((entry) => h('tbody', null,
        h('tr', {class: 'entity-row'}, h('th', {scope: 'rowgroup', colspan: files.length + 1}, entry.name, ' ', h('span', {class: 'count'}, entry.kind))),
        ...entry.variants.map((variant) => row(h('span', null, variant.form, ' ', h('span', {class: 'count'}, variant.kind)), variant.files, 'form', variant.kind)),
        ...entry.titles.map((title) => row(h('span', null, h('span', {class: 'title-label'}, 'title '), title.title), title.files, 'title'))))))
}

function framingCard(context: ViewContext, entry: FramingEntry): HTMLElement {
  const total = stances.reduce((sum, stance) => sum + entry.stances[stance], 0)
  const byKind = (kind: 'hedge' | 'denial' | 'loaded') => entry.terms.filter((term) => term.kind === kind)
  return h('article', {class: 'card framing-card'},
    h('h4', null, context.outlets.badge(entry.file), ' ', h('span', {class: 'count'}, plural(total, 'claim'))),
    total > 0 ? h('div', {class: 'stance-bar', 'aria-hidden': 'true'}, ...stances.filter((stance) => entry.stances[stance] > 0).map((stance) => {
      const bar = h('span', {class: `bar stance-${stance}`})
      // CSSOM, not a style attribute: the page's CSP allows no inline style markup.
      bar.style.flexGrow = String(entry.stances[stance])
      return bar
    })) : null,
    h('p', {class: 'stance-counts'}, stances.map((stance) => `${entry.stances[stance]} ${stance}`).join(' · ')),
    ...(['loaded', 'hedge', 'denial'] as const).map((kind) => {
      const terms = byKind(kind)
      if (terms.length === 0) return null
      return h('p', {class: 'terms'}, h('span', {class: 'term-kind'}, `${kind === 'hedge' ? 'hedging' : kind === 'denial' ? 'denying' : 'loaded'}:`), ' ',
        ...terms.map((term) => jumpButton(context, term, term.text, `term term-${kind}`)))
    }))
}
