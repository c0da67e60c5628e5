import {h, plural} from '../dom.js'
import {clip, jumpButton, note, stanceChip, type ViewContext} from '../widgets.js'

const dayFormat = new Intl.DateTimeFormat('en-GB', {weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'})

/** Timeline: each day of the story, with the events reported on it and the outlets that date them so. */
export function timelineView(context: ViewContext): Node {
  const days = [...context.story.timeline].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const root = h('div', {class: 'view timeline-view'})
  if (days.length === 0) {
    root.append(note('No dated events: the articles give no dates that resolve to a day (an article needs a published date for “on Monday” to resolve).'))
    return root
  }
  root.append(h('p', {class: 'intro'}, 'Events by the day the articles date them to. Relative dates (“on Monday”) are resolved against each article’s published date.'))
  root.append(h('ol', {class: 'timeline'}, ...days.map((day) => {
    const outlets = new Set(day.members.map((member) => member.file)).size
    return h('li', {class: 'day'},
      h('h3', {class: 'day-date'}, h('time', {datetime: day.date}, formatDay(day.date)), ' ', h('span', {class: 'count'}, `${plural(day.events.length, 'event')}, ${plural(outlets, 'outlet')}`)),
      h('ul', {class: 'events'}, ...day.events.map((event) => h('li', {class: 'event card'},
        h('ul', {class: 'plain-list'}, ...event.members.map((index) => {
          const member = day.members[index]!
          const date = member.dates.find((candidate) => candidate.from !== null && candidate.from <= day.date && (candidate.to ?? candidate.from) >= day.date)
          return h('li', null, context.outlets.badge(member.file), ' ', stanceChip(member.stance), ' ',
            date ? h('span', {class: 'date-words'}, date.text) : null, ' ',
            jumpButton(context, member, clip(member.text)))
        }))))))
  })))
  return root
}

function formatDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date)
}
