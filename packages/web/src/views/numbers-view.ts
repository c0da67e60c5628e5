import type {StoryClaim} from '@corroborate/core'
import {h} from '../dom.js'
import {clip, groupTarget, jumpButton, note, passes, reportSection, stanceChip, type ViewContext} from '../widgets.js'
import {conflictsSection} from './facts-view.js'

/** Numbers: the figures outlets share, the ones they disagree on, and the ones only one gives. */
export function numbersView(context: ViewContext): Node {
  const {story} = context
  const root = h('div', {class: 'view numbers-view'})
  root.append(conflictsSection(context, story.conflicts.filter((conflict) => conflict.kind === 'number'), 'Numbers that disagree'))

  const shared = story.claimGroups.filter((group) => group.quantities.length > 0 && new Set(group.members.map((member) => member.file)).size > 1)
    .filter((group) => passes(context, group.members.map((member) => member.file), group.members.map((member) => member.assertor)))
  root.append(reportSection(context, 'numbers', `Numbers more than one outlet gives (${shared.length})`, null,
    shared.length === 0 ? note('No figure appears in more than one article.') : h('div', {class: 'cards'}, ...shared.map((group) =>
      h('article', {class: 'card number-card'},
        h('p', {class: 'figure'}, group.quantities.map((quantity) => formatQuantity(quantity.value, quantity.unit)).join(' · ')),
        h('ul', {class: 'plain-list'}, ...group.members.map((member) => numberLine(context, member, group.members))))))))

  const alone = story.exclusives.filter((item) => item.quantities.length > 0 && passes(context, [item.file]))
  root.append(reportSection(context, 'exclusives', `Numbers only one outlet gives (${alone.length})`, null,
    alone.length === 0 ? note('None.') : h('ul', {class: 'plain-list number-list'}, ...alone.map((item) => h('li', null,
      context.outlets.badge(item.file), ' ', h('strong', {class: 'value'}, item.quantities.map((quantity) => quantity.text).join(', ')), ' ',
      jumpButton(context, item, clip(item.text)))))))
  return root
}

function numberLine(context: ViewContext, member: StoryClaim, members: readonly StoryClaim[]): HTMLElement {
  return h('li', null,
    context.outlets.badge(member.file), ' ', stanceChip(member.stance), ' ',
    h('strong', {class: 'value'}, member.quantities.map((quantity) => quantity.text).join(', ')), ' ',
    jumpButton(context, groupTarget(member, members, `Figure: ${member.quantities.map((quantity) => quantity.text).join(', ')}`), clip(member.text)))
}

/** 91 drones, 20 %: the normalised value beside its unit. */
export function formatQuantity(value: number, unit: string | null): string {
  const number = value.toLocaleString('en-US', {maximumFractionDigits: 2})
  if (!unit) return number
  return unit === 'percent' || unit === '%' ? `${number} %` : `${number} ${unit}`
}
