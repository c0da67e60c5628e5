/** Plurals that no suffix rule turns singular, and words that look plural but are not. */
const irregular: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['children', 'child'], ['men', 'man'], ['women', 'woman'], ['feet', 'foot'],
  ['teeth', 'tooth'], ['mice', 'mouse'], ['geese', 'goose'], ['lives', 'life'], ['wives', 'wife'],
  ['knives', 'knife'], ['leaves', 'leaf'], ['halves', 'half'], ['thieves', 'thief'],
  ['series', 'series'], ['species', 'species'], ['news', 'news'], ['percent', 'percent'],
  ['aircraft', 'aircraft'], ['personnel', 'personnel'], ['police', 'police'], ['staff', 'staff'],
  ['data', 'data'], ['criteria', 'criterion'], ['crises', 'crisis'], ['analyses', 'analysis'],
  ['bases', 'base'], ['cases', 'case'], ['tonnes', 'tonne'], ['times', 'time'], ['votes', 'vote'],
  ['sites', 'site'], ['houses', 'house'], ['courses', 'course'], ['responses', 'response'],
  ['wolves', 'wolf'], ['missiles', 'missile'], ['vehicles', 'vehicle'], ['miles', 'mile']
])

/** Words that take no plural or are read as plurals already. */
export const pluralOnly: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'troops', 'cattle', 'aircraft'])

/**
 * The singular of an English noun, lower case: "drones" → "drone", "injuries" →
 * "injury", "people" → "person". Suffix rules and a short exception list; a known
 * limit is rare Latin and Greek plurals.
 */
export function singular(word: string): string {
  const w = word.toLowerCase()
  const known = irregular.get(w)
  if (known) return known
  if (w.length <= 3 || !w.endsWith('s') || /(?:ss|us|is|ics)$/.test(w)) return w
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y'
  if (/(?:ches|shes|xes|zzes|sses|oes)$/.test(w)) return w.slice(0, -2)
  return w.slice(0, -1)
}

/** Whether a word reads as a plural noun (for choosing the counted noun after "two"). */
export function isPlural(word: string): boolean {
  const w = word.toLowerCase()
  if (pluralOnly.has(w) || irregular.has(w)) return w !== 'news' && w !== 'percent'
  return w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)
}
