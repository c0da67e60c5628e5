import {factBasis, type ClaimGroup, type Conflict, type Exclusive} from '@corroborate/core'
import {append, h} from '../dom.js'
import {capped, clip, groupTarget, jumpButton, note, passes, reportSection, reviewControls, reviewItem, stanceChip, type ViewContext} from '../widgets.js'
import {conflictCard} from './differs-view.js'

/** How many exclusives show before "n more". */
const exclusiveLimit = 12

/** Facts: each shared fact with every outlet's own sentence, the silent outlets, and what only one outlet reports. */
export function factsView(context: ViewContext): Node {
  const {story} = context
  const root = h('div', {class: 'view facts-view'})
  const shared = story.claimGroups
    .filter((group) => new Set(group.members.map((member) => member.file)).size > 1)
    .filter((group) => passes(context, group.members.map((member) => member.file), group.members.map((member) => member.assertor)))
  root.append(reportSection(context, 'facts', `Facts more than one outlet carries (${shared.length})`,
    'Each outlet’s own sentence, and how it carries the fact: asserted in its own voice, attributed to a source, hedged, or denied. Silent outlets are marked.',
    shared.length === 0 ? note('No fact is carried by more than one article (for the filter chosen).') : h('div', {class: 'cards'}, ...shared.map((group) => claimCard(context, group)))))
  root.append(exclusivesSection(context, story.exclusives))
  return root
}

/** Conflicts of one kind, as the "What differs" view shows them. */
export function conflictsSection(context: ViewContext, conflicts: readonly Conflict[], title = 'Conflicts'): HTMLElement {
  const shown = conflicts.filter((conflict) => passes(context, conflict.members.map((member) => member.file)))
  return reportSection(context, 'conflicts', `${title} (${shown.length})`, null,
    shown.length === 0 ? note('None found where outlets carry the same figure; see “What differs” for what was compared.')
      : h('ol', {class: 'cards conflict-list'}, ...[...shown].sort((a, b) => b.confidence - a.confidence).map((conflict) => conflictCard(context, conflict))))
}

function claimCard(context: ViewContext, group: ClaimGroup): HTMLElement {
  const conflicts = context.story.conflicts.filter((conflict) => conflict.group === group.id)
  const first = group.members.find((member) => member.stance === 'asserted') ?? group.members[0]!
  const card = h('article', {class: `card claim-group${conflicts.length > 0 ? ' has-conflict' : ''}`, id: `fact-${group.id}`})
  const about = `Fact: ${clip(first.text, 80)}`
  // Coverage lists only the outlets that carry the fact or may; every other outlet of the story is silent.
  const coverOf = new Map(group.coverage.map((cell) => [cell.file, cell]))
  const cells = context.story.articles.map((article) => coverOf.get(article.file) ?? {file: article.file, stance: 'absent' as const, carried: 'absent' as const})
  const silent = cells.filter((cell) => !group.members.some((member) => member.file === cell.file))
  // How sure the grouping is, in the reports' words, as a sentence.
  const basis = factBasis(group)
  const grouping = basis === null ? undefined : `${basis.charAt(0).toUpperCase()}${basis.slice(1)}.`
  append(card, [
    h('div', {class: 'card-head'}, h('p', {class: 'claim-text'}, clip(first.text, 320)), reviewControls(context, reviewItem(context, 'fact', clip(first.text, 120), group.members, grouping), card)),
    grouping === undefined ? null : h('p', {class: 'card-meta grouping'}, grouping),
    ...conflicts.map((conflict) => h('p', {class: 'conflict-note'}, h('strong', null, `${conflict.kind} conflict: `), conflict.summary)),
    h('details', {class: 'outlet-sentences'},
      h('summary', null, `Each outlet’s sentence (${group.members.length})`, ' ',
        h('span', {class: 'badges'}, ...cells.map((cell) => h('span', {class: `cover ${cell.stance === 'absent' ? 'silent' : ''}`}, context.outlets.badge(cell.file))))),
      h('ul', {class: 'aligned'}, ...group.members.map((member) => h('li', {class: 'aligned-row'},
        h('span', {class: 'aligned-outlet'}, context.outlets.badge(member.file), ' ', stanceChip(member.stance)),
        h('span', {class: 'aligned-text'}, jumpButton(context, groupTarget(member, group.members, about), member.text, 'sentence')))))),
    silent.length > 0 ? h('p', {class: 'card-meta silent'}, 'Silent: ', ...silent.map((cell) => h('span', {class: 'silent-outlet'}, context.outlets.badge(cell.file), cell.carried === 'maybe' ? ' (maybe, in other words)' : ''))) : null])
  return card
}

/** Facts, numbers and quotes only one outlet reports, the weightiest first, the rest behind "n more". */
export function exclusivesSection(context: ViewContext, exclusives: readonly Exclusive[]): HTMLElement {
  const shown = exclusives.filter((item) => passes(context, [item.file], [assertorOf(context, item)]))
  const ranked = [...shown].sort((a, b) => weight(b) - weight(a))
  const items = ranked.map((item) => {
    const row = h('li', {class: 'exclusive-row'})
    row.append(
      h('span', {class: 'aligned-outlet'}, context.outlets.badge(item.file), ' ', h('span', {class: 'chip'}, item.quantities.length > 0 ? 'number' : item.kind === 'quote' ? 'quote' : 'fact')),
      h('span', {class: 'aligned-text'}, jumpButton(context, item, item.kind === 'quote' ? `“${clip(item.text)}”` : clip(item.text), 'sentence')),
      reviewControls(context, reviewItem(context, 'exclusive', clip(item.text, 120), [item]), row))
    return row
  })
  return reportSection(context, 'exclusives', `Reported by one outlet only (${shown.length})`,
    'Numbers first, then quotes, then other facts: what one outlet adds, or what the others left out.',
    items.length === 0 ? note('None.') : capped(items, exclusiveLimit, h('ul', {class: 'plain-list exclusives'})))
}

/** Figures weigh most, then quotes, then facts; fragments of a few words least. */
function weight(item: Exclusive): number {
  const words = item.text.split(/\s+/).length
  return (item.quantities.length > 0 ? 4 : 0) + (item.kind === 'quote' ? 2 : 0) + (words >= 6 ? 1 : -2) + Math.min(words, 40) / 100
}

function assertorOf(context: ViewContext, item: Exclusive): string | null {
  return context.story.claims.find((claim) => claim.file === item.file && claim.start === item.start)?.assertor ?? null
}
