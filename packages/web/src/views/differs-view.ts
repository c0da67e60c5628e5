import type {Conflict, Story} from '@corroborate/core'
import {append, h, plural} from '../dom.js'
import {groupTarget, jumpButton, passes, reportSection, reviewControls, reviewItem, type ViewContext} from '../widgets.js'

/**
 * What differs: the conflicts, most certain first, each with every outlet's sentence
 * side by side and the value that differs marked. The first thing a checker sees.
 */
export function differsView(context: ViewContext): Node {
  const {story} = context
  const root = h('div', {class: 'view differs-view'})
  const ranked = [...story.conflicts].sort((a, b) => b.confidence - a.confidence)
  const shown = ranked.filter((conflict) => passes(context, conflict.members.map((member) => member.file), speakersOf(story, conflict)))
  if (story.conflicts.length === 0) {
    root.append(reportSection(context, 'conflicts', 'No conflict found', null, ...warningNotes(context), comparedNote(context)))
    return root
  }
  root.append(reportSection(context, 'conflicts', `${plural(ranked.length, 'conflict')}, most certain first`,
    'Each row is one outlet’s own sentence; the value that differs is marked. Open a sentence to see it in its article beside the others.',
    ...warningNotes(context),
    shown.length === 0 ? h('p', {class: 'note'}, 'No conflict involves the filtered outlet or speaker.') : h('ol', {class: 'cards conflict-list'}, ...shown.map((conflict) => conflictCard(context, conflict))),
    comparedNote(context)))
  return root
}

export function conflictCard(context: ViewContext, conflict: Conflict): HTMLElement {
  const card = h('li', {class: 'card conflict', id: `conflict-${conflict.id}`, 'data-kind': conflict.kind})
  const item = reviewItem(context, 'conflict', conflict.summary, conflict.members, `${Math.round(conflict.confidence * 100)} % sure. Why: ${conflict.reason}`)
  const about = `${conflict.kind} conflict: ${conflict.summary}`
  const silent = context.outlets.files.filter((file) => !conflict.members.some((member) => member.file === file))
  append(card, [
    h('div', {class: 'card-head'},
      h('span', {class: 'chip conflict-kind'}, `${conflict.kind}`),
      h('span', {class: 'confidence', title: 'How sure the comparison is that both cannot hold'}, `${Math.round(conflict.confidence * 100)} % sure`),
      reviewControls(context, item, card)),
    h('p', {class: 'conflict-summary'}, conflict.summary),
    // In story order, so each outlet keeps its row from one conflict to the next.
    h('ul', {class: 'aligned'}, ...[...conflict.members].sort((x, y) => context.outlets.files.indexOf(x.file) - context.outlets.files.indexOf(y.file)).map((member) => h('li', {class: 'aligned-row'},
      h('span', {class: 'aligned-outlet'}, context.outlets.badge(member.file)),
      h('span', {class: 'aligned-text'}, jumpButton(context, groupTarget(member, conflict.members, about), markValue(context.story, member, conflict.members), 'sentence'))))),
    silent.length > 0 ? h('p', {class: 'card-meta silent'}, 'Silent: ', ...silent.map((file) => context.outlets.badge(file))) : null,
    h('p', {class: 'reason'}, h('span', {class: 'term-kind'}, 'Why: '), conflict.reason)])
  return card
}

/** The story's warnings (an article that shares nothing with the others), the outlet by its badge, not its file. */
function warningNotes(context: ViewContext): HTMLElement[] {
  return (context.story.warnings ?? []).map((warning) => h('p', {class: 'warn'}, 'Warning: ', context.outlets.badge(warning.file),
    ` ${warning.message.startsWith(warning.file) ? warning.message.slice(warning.file.length).trim() : warning.message}.`))
}

/** What was compared, so "no conflict" never reads as "they agree". */
function comparedNote(context: ViewContext): HTMLElement {
  const {story} = context
  const compared = story.compared
  const exclusives = story.exclusives.length
  if (compared && compared.facts === 0 && compared.quotes === 0) {
    return h('p', {class: 'compared'}, `Nothing was compared: no fact or quote is carried by two outlets or more among ${plural(story.articles.length, 'article')}, so nothing any outlet reports was checked against another.`)
  }
  const parts = compared
    ? [`${plural(compared.facts, 'fact')} and ${plural(compared.quotes, 'quote')} carried by two outlets or more`, `${plural(compared.pairs, 'pair')} of sentences compared`]
    : [`${plural(story.claimGroups.length, 'shared fact')} and ${plural(story.quoteGroups.length, 'shared quote')}`]
  return h('p', {class: 'compared'},
    `Compared across ${plural(story.articles.length, 'article')}: ${parts.join(', ')}. `,
    `Numbers, dates, speakers, roles, places, stances and quoted words were checked only where outlets carry the same fact or quote; `,
    `${plural(exclusives, 'item')} only one outlet reports could not be checked against another (see Facts).`)
}

/** The speakers of a conflict's sentences (claims' assertors), for the speaker filter. */
function speakersOf(story: Story, conflict: Conflict): Array<string | null> {
  return conflict.members.map((member) => story.claims.find((claim) => claim.file === member.file && claim.start === member.start)?.assertor ?? null)
}

/**
 * The sentence with the value that differs in `<mark>`: for a quote, the words changed
 * against the fullest rendering; else the quantity or date text the analysis found for
 * the value, else the value as written, else the words no other member has.
 */
export function markValue(story: Story, member: Conflict['members'][number], members: Conflict['members']): Node {
  const phrases = quoteChanges(story, member)
  if (phrases.length === 0) {
    const found = valueText(story, member, members)
    if (found) phrases.push(found)
  }
  const ranges: Array<[number, number]> = []
  for (const phrase of phrases) {
    const at = member.text.indexOf(phrase)
    if (at >= 0 && phrase.length < member.text.length * 0.9) ranges.push([at, at + phrase.length])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const line = h('span', null)
  let last = 0
  for (const [start, end] of ranges) {
    if (start < last) continue
    line.append(member.text.slice(last, start), h('mark', {class: 'value-mark'}, member.text.slice(start, end)))
    last = end
  }
  line.append(member.text.slice(last))
  return line
}

/** For a quote: the stretches of words that differ from the fullest (its own changes, or, for the fullest, the others'). */
function quoteChanges(story: Story, member: Conflict['members'][number]): string[] {
  for (const group of story.quoteGroups) {
    const index = group.members.findIndex((candidate) => candidate.file === member.file && candidate.start === member.start)
    if (index < 0) continue
    if (index !== group.fullest) return group.members[index]!.changes.map((change) => change.to).filter(Boolean)
    return group.members.flatMap((other) => other.changes.map((change) => change.from)).filter(Boolean)
  }
  return []
}

function valueText(story: Story, member: Conflict['members'][number], members: Conflict['members']): string | null {
  const claim = story.claims.find((candidate) => candidate.file === member.file && candidate.start <= member.start && candidate.end >= member.end)
  const candidates = [
    ...(claim?.quantities ?? []).filter((quantity) => String(quantity.value) === member.value || quantity.text === member.value).map((quantity) => quantity.text),
    ...(claim?.dates ?? []).filter((date) => date.value === member.value || date.from === member.value || date.text === member.value).map((date) => date.text),
    member.value
  ]
  const found = candidates.find((text) => text && text.length < member.text.length * 0.9 && member.text.includes(text))
  if (found) return found
  const others = new Set(members.filter((other) => other.value !== member.value).flatMap((other) => words(other.text)))
  const own = [...member.text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu)].filter((match) => !others.has(match[0].toLowerCase()))
  if (own.length === 0 || own.length >= words(member.text).length) return null
  const first = own[0]!
  const last = own[own.length - 1]!
  return member.text.slice(first.index, last.index + last[0].length)
}

function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? []).map((word) => word.toLowerCase())
}
