import type {StoryClaim, TimelineEntry} from '@corroborate/core'
import {h, plural} from '../dom.js'
import {clip, groupTarget, jumpButton, note, passes, reportSection, reviewControls, reviewItem, stanceChip, type ViewContext} from '../widgets.js'

const dayFormat = new Intl.DateTimeFormat('en-GB', {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'})

/** Timeline: what happened on each day, each event with the outlets that say so and their sentences. */
export function timelineView(context: ViewContext): Node {
  const days = [...context.story.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const root = h('div', {class: 'view timeline-view'})
  if (days.length === 0) {
    const dated = context.articles.filter((article) => article.published).length
    root.append(reportSection(context, 'timeline', 'Timeline', null, note(dated === 0
      ? 'No dated events: no article carries a published date, so “on Monday” cannot be resolved to a day. Add a date line or a manifest date.'
      : `No dated events: ${plural(dated, 'article')} carry a date, but none of their claims names a day that resolves.`)))
    return root
  }
  const list = h('ol', {class: 'timeline'})
  for (const day of days) {
    const events = day.events.map((event) => event.members.map((index) => day.members[index]!))
      .filter((members) => passes(context, members.map((member) => member.file), members.map((member) => member.assertor)))
    if (events.length === 0) continue
    const outlets = new Set(events.flat().map((member) => member.file)).size
    list.append(h('li', {class: 'day'},
      h('h4', {class: 'day-date'}, h('time', {datetime: day.date}, formatDay(day.date)), ' ', h('span', {class: 'count'}, `${plural(events.length, 'event')}, ${plural(outlets, 'outlet')}`)),
      h('ul', {class: 'events'}, ...events.map((members) => eventCard(context, day, members)))))
  }
  root.append(reportSection(context, 'timeline', 'What happened, day by day',
    'Events by the day the articles date them to; relative dates (“on Monday”) resolved against each article’s published date.',
    list.childElementCount === 0 ? note('No dated event matches the filter.') : list))
  return root
}

function eventCard(context: ViewContext, day: TimelineEntry, members: readonly StoryClaim[]): HTMLElement {
  const lead = members.find((member) => member.stance === 'asserted') ?? members[0]!
  const files = [...new Set(members.map((member) => member.file))]
  const card = h('li', {class: 'event card'})
  card.append(
    h('div', {class: 'card-head'}, h('p', {class: 'event-text'}, clip(lead.text, 280)),
      reviewControls(context, reviewItem(context, 'timeline', `${day.date}: ${clip(lead.text, 100)}`, members), card)),
    h('p', {class: 'card-meta'}, files.length === 1 ? 'Said by ' : `Said by ${files.length} outlets: `, h('span', {class: 'badges'}, ...files.map((file) => context.outlets.badge(file)))),
    members.length > 1 || members[0] !== lead ? h('details', {class: 'outlet-sentences'}, h('summary', null, `Each outlet’s sentence (${members.length})`),
      h('ul', {class: 'aligned'}, ...members.map((member) => {
        const date = member.dates.find((candidate) => candidate.from !== null && candidate.from <= day.date && (candidate.to ?? candidate.from) >= day.date)
        return h('li', {class: 'aligned-row'},
          h('span', {class: 'aligned-outlet'}, context.outlets.badge(member.file), ' ', stanceChip(member.stance), date ? h('span', {class: 'date-words'}, date.text) : null),
          h('span', {class: 'aligned-text'}, jumpButton(context, groupTarget(member, members, `${formatDay(day.date)}: event`), member.text, 'sentence')))
      }))) : h('p', {class: 'single'}, jumpButton(context, lead, 'Show in its article')))
  return card
}

function formatDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date)
}
