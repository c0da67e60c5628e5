import type {Quote} from './types.js'

/**
 * "A senior administration official said …. “…,” the official said.": a definite
 * description with no name ("the official") goes back to the fuller description the
 * article introduced it with, the latest one whose last words it repeats. Only
 * unnamed speakers are touched (and the quotes carried on from them); the mention
 * stays the words at the quote.
 *
 * @param quotes An article's quotes in text order; their speakers are replaced, not mutated.
 */
export function linkDefiniteDescriptions(quotes: Quote[]): void {
  const introduced: string[] = []
  // The short name last linked, for the quotes carried on from it ("previous-speaker").
  let linked: {from: string, to: string} | null = null
  for (const quote of quotes) {
    const speaker = quote.speaker
    if (speaker === null || speaker.entity !== null) continue
    if (speaker.method === 'previous-speaker') {
      if (linked !== null && speaker.name === linked.from) quote.speaker = {...speaker, name: linked.to}
      continue
    }
    if (speaker.method !== 'unnamed') continue
    const words = speaker.mention?.text ?? ''
    const fuller = /^the\s/i.test(words) ? latestEndingWith(introduced, speaker.name) : null
    if (fuller !== null) {
      quote.speaker = {...speaker, name: fuller}
      linked = {from: speaker.name, to: fuller}
    } else {
      linked = null
      if (speaker.name.includes(' ')) introduced.push(speaker.name)
    }
  }
}

/** The latest description whose last words are `name` ("senior administration official" for "official"). */
function latestEndingWith(descriptions: readonly string[], name: string): string | null {
  const tail = ` ${name.toLowerCase()}`
  for (let k = descriptions.length - 1; k >= 0; k--) {
    if (descriptions[k]!.toLowerCase().endsWith(tail)) return descriptions[k]!
  }
  return null
}
