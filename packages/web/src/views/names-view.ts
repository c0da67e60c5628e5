import type {FramingEntry, Stance} from '@corroborate/core'
import {h, plural} from '../dom.js'
import {jumpButton, note, section, type ViewContext} from '../widgets.js'

const stances: Stance[] = ['asserted', 'attributed', 'hedged', 'denied']

/** Names and framing: how each outlet writes each name and title, the loaded and hedging words it uses, and copy that is not independent. */
export function namesView(context: ViewContext): Node {
  const {story} = context
  const root = h('div', {class: 'view names-view'})
  root.append(section(`Names (${story.naming.length})`, 'People, organisations and places the outlets write differently.',
    story.naming.length === 0 ? note('Every outlet writes every name the same way.') : h('div', {class: 'cards'}, ...story.naming.map((entry) =>
      h('article', {class: 'card name-card'},
        h('h4', null, entry.name, ' ', h('span', {class: 'count'}, entry.kind)),
        h('ul', {class: 'plain-list forms'}, ...entry.variants.map((variant) => h('li', null,
          h('span', {class: 'form'}, variant.form), h('span', {class: 'badges'}, ...variant.files.map((file) => context.outlets.badge(file)))))),
        entry.titles.length > 0 ? h('ul', {class: 'plain-list titles'}, ...entry.titles.map((title) => h('li', null,
          h('span', {class: 'title-words'}, title.title), h('span', {class: 'badges'}, ...title.files.map((file) => context.outlets.badge(file)))))) : null)))))

  root.append(section('Framing', 'Hedging, denying and loaded words each outlet uses, and how its claims stand.',
    h('div', {class: 'cards'}, ...story.framing.map((entry) => framingCard(context, entry)))))

  if (story.syndication.length > 0) {
    root.append(section('Not independent', 'Articles that repeat one another (wire copy, shared credits): their agreement is not separate confirmation.',
      h('ul', {class: 'plain-list'}, ...story.syndication.map((entry) => h('li', null,
        ...entry.files.map((file) => context.outlets.badge(file)), ' ',
        entry.reason === 'wire-credit'
          ? h('span', null, 'share a wire credit: ', ...entry.credits.map((credit) => jumpButton(context, credit, `“${credit.text}”`)))
          : h('span', null, `are ${Math.round((entry.similarity ?? 0) * 100)} % the same text`))))))
  }
  return root
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
