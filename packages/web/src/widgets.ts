import {innerDiff, type DiffPart, type QuoteVerdict, type Stance} from '@corroborate/core'
import {h, type Child} from './dom.js'
import type {Outlets} from './outlets.js'
import type {AnalysedArticle} from './protocol.js'
import {reviewKey, type Review, type ReviewItem, type ReviewState} from './review.js'
import type {Story} from '@corroborate/core'

/** A place in an article: what "show in article" jumps to. */
export interface Target {
  file: string
  start: number
  end: number
  /** The same fact, quote or conflict in the other outlets: shown aligned, and marked in their articles. */
  related?: ReadonlyArray<{file: string, start: number, end: number, text: string}>
  /** What the aligned view is headed with ("Conflict: bridge cost"). */
  about?: string
}

/** What the checker narrows the report to. Null: everything. */
export interface Filter {
  /** An outlet's file: items it carries. */
  outlet: string | null
  /** A speaker's name: quotes by them, claims they assert. */
  speaker: string | null
  /** A section of the report (`data-section`): the others are hidden. */
  section: string | null
}

/** What every view renders from. */
export interface ViewContext {
  story: Story
  articles: AnalysedArticle[]
  outlets: Outlets
  review: Review
  filter: Filter
  /** Show the place in its article, in the articles view. */
  jump: (target: Target) => void
}

/** Whether an item carried by `files` (and said or asserted by `speakers`) passes the filter. */
export function passes(context: ViewContext, files: readonly string[], speakers: ReadonlyArray<string | null> = []): boolean {
  const {outlet, speaker} = context.filter
  if (outlet && !files.includes(outlet)) return false
  if (speaker && !speakers.includes(speaker)) return false
  return true
}

/** A button that shows `target` in its article; its label is the sentence or quote. */
export function jumpButton(context: ViewContext, target: Target, label: Child, extra = ''): HTMLButtonElement {
  return h('button', {
    type: 'button',
    class: `jump ${extra}`.trim(),
    'data-file': target.file,
    'data-start': target.start,
    'data-end': target.end,
    title: `Show in ${context.outlets.label(target.file)}`,
    onclick: () => context.jump(target)
  }, label)
}

/** A jump from one of several members: the others go along, to be shown aligned and marked. */
export function groupTarget(member: {file: string, start: number, end: number}, members: ReadonlyArray<{file: string, start: number, end: number, text: string}>, about: string): Target {
  return {file: member.file, start: member.start, end: member.end, related: members, about}
}

/** The review item of a set of sentences: its key is made of the section and the sentences. */
export function reviewItem(context: ViewContext, section: string, title: string, members: ReadonlyArray<{file: string, text: string}>, note?: string): ReviewItem {
  return {
    key: reviewKey(section, [title, ...members.map((member) => member.text)]),
    section,
    title,
    sentences: members.map((member) => ({outlet: context.outlets.label(member.file), text: member.text})),
    ...(note ? {note} : {})
  }
}

/** "Checked" and "Dismissed" toggles for an item; the card shows its state (`data-review`). */
export function reviewControls(context: ViewContext, item: ReviewItem, card: HTMLElement): HTMLElement {
  const group = h('div', {class: 'review', role: 'group', 'aria-label': 'Review'})
  const paint = () => {
    const state = context.review.state(item.key)
    if (state) card.dataset.review = state
    else delete card.dataset.review
    for (const button of group.querySelectorAll<HTMLButtonElement>('button')) button.setAttribute('aria-pressed', String(button.dataset.state === state))
  }
  const toggle = (state: ReviewState) => h('button', {type: 'button', class: `review-${state}`, 'data-state': state, 'aria-pressed': 'false', onclick: () => {
    context.review.set(item, context.review.state(item.key) === state ? null : state)
    paint()
  }}, state === 'checked' ? '✓ Checked' : '✕ Dismissed')
  group.append(toggle('checked'), toggle('dismissed'))
  paint()
  return group
}

const stanceSigns: Record<Stance | 'absent', string> = {asserted: '●', attributed: '❝', hedged: '≈', denied: '✕', absent: '—'}

/** A stance as a chip: a sign and the word (the colour only repeats what the word says). */
export function stanceChip(stance: Stance | 'absent'): HTMLElement {
  return h('span', {class: `chip stance-${stance}`}, h('span', {'aria-hidden': 'true'}, stanceSigns[stance]), ` ${stance}`)
}

export function verdictChip(verdict: QuoteVerdict | 'fullest'): HTMLElement {
  return h('span', {class: `chip verdict-${verdict}`}, verdict)
}

/** A variant's word changes against the fullest rendering, with `<del>` and `<ins>`. */
export function diffLine(parts: readonly DiffPart[]): HTMLElement | null {
  const inner = innerDiff(parts)
  if (!inner.some((part) => part.op !== 'equal')) return null
  const line = h('p', {class: 'diff'}, h('span', {class: 'visually-hidden'}, 'Changes against the fullest: '))
  inner.forEach((part, index) => {
    if (index > 0) line.append(' ')
    line.append(part.op === 'equal' ? part.text : h(part.op === 'delete' ? 'del' : 'ins', null, part.text))
  })
  return line
}

/** A titled part of a view. */
export function section(title: string, intro: Child, ...children: Child[]): HTMLElement {
  return h('section', {class: 'view-section'}, h('h3', null, title), intro ? h('p', {class: 'intro'}, intro) : null, ...children)
}

/** The names of the report's sections, for the section filter (`data-section` on each). */
export const sections = {
  conflicts: 'Conflicts',
  facts: 'Shared facts',
  exclusives: 'Only one outlet',
  quotes: 'Quotes',
  numbers: 'Numbers',
  timeline: 'Timeline',
  names: 'Names & framing'
} as const
export type SectionId = keyof typeof sections

/** A section of the report the section filter can hide. */
export function reportSection(context: ViewContext, id: SectionId, title: string, intro: Child, ...children: Child[]): HTMLElement {
  const element = section(title, intro, ...children)
  element.dataset.section = id
  if (context.filter.section && context.filter.section !== id) element.hidden = true
  return element
}

/** Show the first `limit` items, and a button for the rest ("12 more"). */
export function capped(items: readonly HTMLElement[], limit: number, list: HTMLElement): HTMLElement {
  list.append(...items.slice(0, limit))
  if (items.length <= limit) return list
  const rest = items.slice(limit)
  const more = h('button', {type: 'button', class: 'more', onclick: () => {
    list.append(...rest)
    more.remove()
  }}, `${rest.length} more`)
  return h('div', null, list, more)
}

export function note(text: string): HTMLElement {
  return h('p', {class: 'note'}, text)
}

/** Shorten long text for a list line; the full text stays in the article view. */
export function clip(text: string, length = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
