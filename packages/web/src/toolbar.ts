import type {Story} from '@corroborate/core'
import {h, plural} from './dom.js'
import type {Outlets} from './outlets.js'
import {sections, type Filter} from './widgets.js'

export interface ToolbarOptions {
  outlets: Outlets
  story: Story
  filter: Filter
  /** How many items are marked checked or dismissed. */
  marked: number
  onFilter: (filter: Filter) => void
  onExport: (format: 'csv' | 'json') => void
}

/** Filters (outlet, speaker, section) and the export of the items the checker marked. */
export function toolbar(options: ToolbarOptions): HTMLElement {
  const {outlets, story, filter} = options
  const speakers = [...new Set([
    ...story.quoteGroups.flatMap((group) => [group.speaker, ...group.members.map((member) => member.speaker)]),
    ...story.claims.map((claim) => claim.assertor)
  ].filter((name): name is string => Boolean(name)))].sort((a, b) => a.localeCompare(b))
  const select = (id: string, label: string, value: string | null, choices: ReadonlyArray<readonly [string, string]>, set: (value: string | null) => Filter) => h('label', {class: 'filter', for: id},
    h('span', null, label),
    h('select', {id, onchange: (event) => options.onFilter(set((event.target as HTMLSelectElement).value || null))},
      h('option', {value: ''}, 'All'),
      ...choices.map(([key, text]) => h('option', {value: key, selected: key === value}, text))))
  return h('div', {class: 'toolbar'},
    h('div', {class: 'filters', role: 'group', 'aria-label': 'Filter the report'},
      select('filter-outlet', 'Outlet', filter.outlet, outlets.files.map((file) => [file, `${outlets.letter(file)} · ${outlets.label(file)}`] as const), (outlet) => ({...filter, outlet})),
      select('filter-speaker', 'Speaker', filter.speaker, speakers.map((name) => [name, name] as const), (speaker) => ({...filter, speaker})),
      select('filter-section', 'Section', filter.section, Object.entries(sections), (section) => ({...filter, section}))),
    h('div', {class: 'review-export', role: 'group', 'aria-label': 'Export the items you marked'},
      h('span', {class: 'exports-label'}, `${plural(options.marked, 'item')} marked`),
      h('button', {type: 'button', 'data-review-export': 'csv', disabled: options.marked === 0, onclick: () => options.onExport('csv')}, 'CSV'),
      h('button', {type: 'button', 'data-review-export': 'json', disabled: options.marked === 0, onclick: () => options.onExport('json')}, 'JSON')))
}
