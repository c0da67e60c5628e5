import type {CorpusStory} from '@corroborate/core'
import type {StoryFeaturesRecord} from './story-features.js'

/** Stories for a terminal: id, size, dates, confidence and label, then each article's file. */
export function storiesToText(stories: readonly CorpusStory[], records: ReadonlyMap<string, StoryFeaturesRecord>): string {
  const lines: string[] = []
  for (const story of stories) {
    const dates = story.dates ? (story.dates.first === story.dates.last ? story.dates.first : `${story.dates.first} – ${story.dates.last}`) : 'undated'
    lines.push(`${story.id}  ${story.articles.length} article${story.articles.length === 1 ? '' : 's'}  ${dates}  confidence ${story.confidence.toFixed(2)}`)
    lines.push(`    ${story.label}`)
    for (const id of story.articles) lines.push(`    - ${records.get(id)?.file ?? id}`)
  }
  return lines.join('\n') + (lines.length > 0 ? '\n' : '')
}
