import type {QuoteGroup} from '@corroborate/core'
import {h, plural} from '../dom.js'
import {diffLine, jumpButton, note, verdictChip, type ViewContext} from '../widgets.js'

/** Who said what: quote groups by speaker, each variant with its outlet, verdict and word diff. */
export function quotesView(context: ViewContext): Node {
  const groups = context.story.quoteGroups
  const root = h('div', {class: 'view quotes-view'})
  if (groups.length === 0) {
    root.append(note('No quote is carried by more than one article yet. Each article’s quotes are highlighted in the articles view.'))
    return root
  }
  const bySpeaker = new Map<string, QuoteGroup[]>()
  for (const group of groups) {
    const speaker = group.speaker ?? 'Unattributed'
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), group])
  }
  root.append(h('p', {class: 'intro'},
    `${plural(groups.length, 'quote')} carried more than once, from ${plural(bySpeaker.size, 'speaker')}. `,
    'Each variant is compared with the fullest rendering: identical, an excerpt of it, altered (words changed inside the marks: ',
    'deleted words are struck through, added words underlined) or a paraphrase (another wording, such as a second translation).'))
  const speakers = [...bySpeaker].sort(([a, x], [b, y]) => y.length - x.length || (a === 'Unattributed' ? 1 : b === 'Unattributed' ? -1 : 0))
  for (const [speaker, list] of speakers) {
    root.append(h('section', {class: 'speaker'},
      h('h3', null, speaker, ' ', h('span', {class: 'count'}, plural(list.length, 'quote'))),
      ...list.map((group) => groupCard(context, group))))
  }
  return root
}

function groupCard(context: ViewContext, group: QuoteGroup): HTMLElement {
  const fullest = group.members[group.fullest]!
  // An outlet that repeats its own quote counts once.
  const outlets = group.files.length
  const overridden = new Set(group.overridden.map((index) => group.members[index]))
  const others = group.members.filter((_, index) => index !== group.fullest)
  // The fullest rendering heads the card; the other renderings follow with their diffs against it.
  return h('article', {class: 'card quote-group', id: `group-${group.id}`},
    h('p', {class: 'card-meta'}, `${plural(group.members.length, 'rendering')} in ${plural(outlets, 'article')}`),
    h('div', {class: 'member member-fullest'},
      h('div', {class: 'member-head'}, context.outlets.badge(fullest.file), verdictChip('fullest')),
      h('blockquote', {class: 'fullest'}, jumpButton(context, fullest, `“${fullest.text}”`, 'quote-text')),
      overridden.has(fullest) ? note(`This article attributes it to ${fullest.speaker ?? 'no one'}.`) : null),
    h('ol', {class: 'members'}, ...others.map((member) => h('li', {class: 'member'},
      h('div', {class: 'member-head'}, context.outlets.badge(member.file), verdictChip(member.verdict)),
      jumpButton(context, member, `“${member.text}”`, 'quote-text'),
      // Where this article gives another speaker than the others agree on, say so.
      overridden.has(member) ? note(`This article attributes it to ${member.speaker ?? 'no one'}.`) : null,
      diffLine(member.diff)))))
}
