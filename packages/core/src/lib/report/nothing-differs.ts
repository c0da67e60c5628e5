import type {Story} from '../story/types.js'
import {plural} from './text-layout.js'

/** When no conflict was found: what was compared, so that it does not read as "they agree". */
export function nothingDiffers(story: Story): string {
  const compared = story.compared
  if (!compared) return 'No conflict found among the facts and quotes two or more outlets carry. What only one outlet reports was not checked against anything.'
  return `No conflict found. Compared: ${plural(compared.facts, 'fact')} and ${plural(compared.quotes, 'quote')} that two or more outlets carry (${plural(compared.pairs, 'pair')} of sentences). What only one outlet reports was not checked against anything.`
}
