/**
 * Nouns that end the name of a gathering held at a time and place, not of a person
 * ("Republican National Convention", "Harbor Trade Summit"). General English: the
 * nouns for a planned meeting or show of many people.
 */
export const eventHeads: ReadonlySet<string> = new Set([
  'convention', 'conventions', 'conference', 'conferences', 'summit', 'summits', 'symposium', 'festival', 'festivals',
  'expo', 'exposition', 'olympics', 'jamboree', 'gala', 'telethon', 'marathon', 'regatta'
])
