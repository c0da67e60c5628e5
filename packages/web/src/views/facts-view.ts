import type {ClaimGroup, Conflict} from '@corroborate/core'
import {h, plural} from '../dom.js'
import {clip, jumpButton, note, section, stanceChip, type ViewContext} from '../widgets.js'

/** Facts: each shared fact against the outlets (how each carries it), conflicts, and facts only one outlet reports. */
export function factsView(context: ViewContext): Node {
  const {story} = context
  const root = h('div', {class: 'view facts-view'})
  root.append(conflictsSection(context, story.conflicts))
  const shared = story.claimGroups.filter((group) => new Set(group.members.map((member) => member.file)).size > 1)
  root.append(section(`Facts more than one outlet carries (${shared.length})`,
    'How each outlet carries the fact: asserted in its own voice, attributed to a source, hedged, denied, or absent.',
    shared.length === 0 ? note('No fact is carried by more than one article.') : h('div', {class: 'cards'}, ...shared.map((group) => claimCard(context, group)))))
  const exclusives = story.exclusives.filter((item) => item.kind === 'claim')
  if (exclusives.length > 0) {
    root.append(h('details', {class: 'view-section'},
      h('summary', null, h('h3', null, `Reported by one outlet only (${exclusives.length})`)),
      h('ul', {class: 'plain-list'}, ...exclusives.map((item) => h('li', null, context.outlets.badge(item.file), ' ', jumpButton(context, item, clip(item.text)))))))
  }
  return root
}

/** Conflicts, each with its one-line explanation and the value every outlet gives. */
export function conflictsSection(context: ViewContext, conflicts: readonly Conflict[], title = 'Conflicts'): HTMLElement {
  if (conflicts.length === 0) {
    return section(`${title} (0)`, null, note('None found: where outlets carry the same fact, their numbers, dates, speakers and stances agree.'))
  }
  return section(`${title} (${conflicts.length})`, 'Where outlets disagree, with the sentence each one gives.',
    h('div', {class: 'cards'}, ...conflicts.map((conflict) => h('article', {class: 'card conflict', id: `conflict-${conflict.id}`},
      h('p', {class: 'card-meta'}, h('span', {class: 'chip conflict-kind'}, `${conflict.kind} conflict`)),
      h('p', {class: 'conflict-summary'}, conflict.summary),
      h('ul', {class: 'plain-list'}, ...conflict.members.map((member) => h('li', null,
        context.outlets.badge(member.file), ' ', h('strong', {class: 'value'}, member.value), ' ',
        jumpButton(context, member, clip(member.text)))))))))
}

function claimCard(context: ViewContext, group: ClaimGroup): HTMLElement {
  const conflicts = context.story.conflicts.filter((conflict) => conflict.group === group.id)
  const first = group.members.find((member) => member.stance === 'asserted') ?? group.members[0]!
  return h('article', {class: `card claim-group${conflicts.length > 0 ? ' has-conflict' : ''}`, id: `fact-${group.id}`},
    h('p', {class: 'claim-text'}, clip(first.text, 320)),
    ...conflicts.map((conflict) => h('p', {class: 'conflict-note'}, h('strong', null, `${conflict.kind} conflict: `), conflict.summary)),
    h('ul', {class: 'coverage', 'aria-label': 'Coverage by outlet'}, ...group.coverage.map((cell) => {
      const member = group.members.find((candidate) => candidate.file === cell.file)
      return h('li', {class: `cell stance-cell-${cell.stance}`},
        context.outlets.badge(cell.file), ' ',
        member ? jumpButton(context, member, stanceChip(cell.stance), 'chip-button') : stanceChip('absent'))
    })),
    h('p', {class: 'card-meta'}, plural(group.members.length, 'sentence')))
}
