import type {Story} from '../story/types.js'
import {plural} from './text-layout.js'

/** When no conflict was found: what was compared, so that it does not read as "they agree". */
export function nothingDiffers(story: Story): string {
  const compared = story.compared
  if (compared && compared.facts === 0 && compared.quotes === 0) return 'No conflict found, and nothing was compared: no fact or quote is carried by two or more outlets, so nothing any outlet reports was checked against another.'
  if (!compared) return 'No conflict found among the facts and quotes two or more outlets carry. What only one outlet reports was not checked against anything.'
  return `No conflict found. Compared: ${plural(compared.facts, 'fact')} and ${plural(compared.quotes, 'quote')} that two or more outlets carry (${plural(compared.pairs, 'pair')} of sentences). What only one outlet reports was not checked against anything.`
}
