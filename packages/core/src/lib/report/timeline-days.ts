import type {Story, StoryClaim} from '../story/types.js'

/** One day of the story: what happened, each event in one outlet's sentence, with every outlet that dates it so. */
export interface TimelineDay {
  date: string
  events: Array<{sentence: StoryClaim, files: string[]}>
}

/**
 * The story's days, each event said in one sentence (the shortest of its members
 * that is a whole statement), the events most outlets date to the day first.
 */
export function timelineDays(story: Story): TimelineDay[] {
  return story.timeline.map((day) => {
    const events = day.events.map((event) => {
      const members = event.members.map((i) => day.members[i]!)
      const sentence = [...members].sort((a, b) => length(a) - length(b))[0]!
      return {sentence, files: [...new Set(members.map((member) => member.file))]}
    })
    return {date: day.date, events: events.sort((a, b) => b.files.length - a.files.length)}
  })
}

/** Short statements read best, but a fragment under six words is no statement: it ranks last. */
function length(claim: StoryClaim): number {
  const words = claim.text.split(/\s+/).length
  return words < 6 ? 1000 + words : words
}
