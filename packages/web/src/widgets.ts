import {innerDiff, type DiffPart, type QuoteVerdict, type Stance} from '@corroborate/core'
import {h, type Child} from './dom.js'
import type {Outlets} from './outlets.js'
import type {AnalysedArticle} from './protocol.js'
import type {Story} from '@corroborate/core'

/** A place in an article: what "show in article" jumps to. */
export interface Target {
  file: string
  start: number
  end: number
}

/** What every view renders from. */
export interface ViewContext {
  story: Story
  articles: AnalysedArticle[]
  outlets: Outlets
  /** Show the place in its article, in the articles view. */
  jump: (target: Target) => void
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

export function note(text: string): HTMLElement {
  return h('p', {class: 'note'}, text)
}

/** Shorten long text for a list line; the full text stays in the article view. */
export function clip(text: string, length = 240): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}
