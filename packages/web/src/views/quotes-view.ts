import {quoteGroupBasis, type QuoteGroup, type QuoteGroupMember} from '@corroborate/core'
import {h, plural} from '../dom.js'
import {diffLine, groupTarget, jumpButton, note, passes, reportSection, reviewControls, reviewItem, verdictChip, type ViewContext} from '../widgets.js'

/** Who said what: quote groups by speaker, each variant with its outlet, verdict and the words changed. */
export function quotesView(context: ViewContext): Node {
  const groups = context.story.quoteGroups.filter((group) => passes(context, group.files, [group.speaker, ...group.members.map((member) => member.speaker)]))
  const root = h('div', {class: 'view quotes-view'})
  if (groups.length === 0) {
    root.append(reportSection(context, 'quotes', 'Quotes', null, note(context.story.quoteGroups.length === 0
      ? 'No quote is carried by more than one article yet. Each article’s quotes are highlighted in the articles view, with their speakers.'
      : 'No shared quote matches the filter.')))
    return root
  }
  const bySpeaker = new Map<string, QuoteGroup[]>()
  for (const group of groups) {
    const speaker = group.speaker ?? 'Unattributed'
    bySpeaker.set(speaker, [...(bySpeaker.get(speaker) ?? []), group])
  }
  const altered = groups.filter((group) => group.members.some((member) => member.verdict === 'altered')).length
  const speakers = [...bySpeaker].sort(([a, x], [b, y]) => y.length - x.length || (a === 'Unattributed' ? 1 : b === 'Unattributed' ? -1 : 0))
  root.append(reportSection(context, 'quotes', `${plural(groups.length, 'quote')} carried more than once, from ${plural(bySpeaker.size, 'speaker')}${altered > 0 ? `, ${altered} altered` : ''}`,
    'Each rendering is compared with the fullest: identical, an excerpt of it, altered (words changed inside the marks: the changed words are listed, deleted words struck through, added words underlined) or a paraphrase (another wording, such as a second translation).',
    ...speakers.map(([speaker, list]) => h('section', {class: 'speaker'},
      h('h4', null, speaker, ' ', h('span', {class: 'count'}, plural(list.length, 'quote'))),
      ...list.map((group) => groupCard(context, group))))))
  return root
}

function groupCard(context: ViewContext, group: QuoteGroup): HTMLElement {
  const fullest = group.members[group.fullest]!
  const overridden = new Set(group.overridden.map((index) => group.members[index]))
  const others = group.members.filter((_, index) => index !== group.fullest)
  const about = `Quote${group.speaker ? ` of ${group.speaker}` : ''}`
  const target = (member: QuoteGroupMember) => groupTarget(member, group.members, about)
  const card = h('article', {class: `card quote-group${others.some((member) => member.verdict === 'altered') ? ' has-altered' : ''}`, id: `group-${group.id}`})
  // The fullest rendering heads the card; the other renderings follow with their changes against it.
  card.append(
    h('div', {class: 'card-head'}, h('p', {class: 'card-meta'}, `${plural(group.members.length, 'rendering')} in ${plural(group.files.length, 'article')}`),
      reviewControls(context, reviewItem(context, 'quote', `${group.speaker ?? 'Unattributed'}: “${fullest.text.slice(0, 80)}”`, group.members, quoteGroupBasis(group)), card)),
    h('div', {class: 'member member-fullest'},
      h('div', {class: 'member-head'}, context.outlets.badge(fullest.file), verdictChip('fullest')),
      h('blockquote', {class: 'fullest'}, jumpButton(context, target(fullest), `“${fullest.text}”`, 'quote-text')),
      overridden.has(fullest) ? note(`This article attributes it to ${fullest.speaker ?? 'no one'}.`) : null),
    h('ol', {class: 'members'}, ...others.map((member) => h('li', {class: `member verdict-row-${member.verdict}`},
      h('div', {class: 'member-head'}, context.outlets.badge(member.file), verdictChip(member.verdict)),
      jumpButton(context, target(member), `“${member.text}”`, 'quote-text'),
      // Where this article gives another speaker than the others agree on, say so.
      overridden.has(member) ? note(`This article attributes it to ${member.speaker ?? 'no one'}.`) : null,
      changeList(member),
      diffLine(member.diff)))))
  return card
}

/** An altered quote's changed words: "open up government" → "open the government", each stretch. */
function changeList(member: QuoteGroupMember): HTMLElement | null {
  if (member.verdict !== 'altered' || member.changes.length === 0) return null
  return h('ul', {class: 'changes', 'aria-label': 'Words changed'}, ...member.changes.map((change) => h('li', null,
    h('del', null, change.from || '(nothing)'), h('span', {'aria-hidden': 'true'}, ' → '), h('span', {class: 'visually-hidden'}, ' became '), h('ins', null, change.to || '(nothing)'))))
}
