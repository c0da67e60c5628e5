import {h} from './dom.js'
import type {Tab} from './tabs.js'
import {articlesView} from './views/articles-view.js'
import {differsView} from './views/differs-view.js'
import {factsView} from './views/facts-view.js'
import {namesView} from './views/names-view.js'
import {numbersView} from './views/numbers-view.js'
import {quotesView} from './views/quotes-view.js'
import {timelineView} from './views/timeline-view.js'
import type {Target, ViewContext} from './widgets.js'

/** The report's views, one tab each. */
export type ViewId = 'differs' | 'quotes' | 'facts' | 'numbers' | 'timeline' | 'names' | 'articles'

/** The tabs over the report, in order: what differs first. */
export const reportTabs: ReadonlyArray<Tab<ViewId>> = [
  {id: 'differs', label: 'What differs'},
  {id: 'facts', label: 'Facts'},
  {id: 'quotes', label: 'Who said what'},
  {id: 'numbers', label: 'Numbers'},
  {id: 'timeline', label: 'Timeline'},
  {id: 'names', label: 'Names & framing'},
  {id: 'articles', label: 'Articles'}
]

/** One view over an analysed story; the articles view marks `target` in its article. */
export function reportView(view: ViewId, context: ViewContext, target: Target | null): Node {
  switch (view) {
    case 'differs': return differsView(context)
    case 'quotes': return quotesView(context)
    case 'facts': return factsView(context)
    case 'numbers': return numbersView(context)
    case 'timeline': return timelineView(context)
    case 'names': return namesView(context)
    case 'articles': return articlesView(context, target)
  }
}

/** The panel before there is a story to show: how to start one, or why none of the articles could be read. */
export function emptyReport(hasInputs: boolean): Node {
  return h('div', {class: 'empty'},
    h('p', null, hasInputs ? 'None of the articles could be read.' : 'Start a story: drop two or more articles on the same event, or paste them one by one.'),
    h('p', {class: 'note'}, 'Or open the sample story: five articles on one event.'))
}
