/** Words that make a byline an outlet's or a desk's, not one writer's ("Staff", "Editorial Board"). */
const deskWords = /\b(?:staff|press|news|reuters|editorial|board|desk|team|wire|agency|reporters?|writers?|correspondents?|and)\b|[,&/]/i

/** One person's name of two to four capitalised words ("Mirela Faustrup", "Ana M. de Souza"). */
const personName = /^\p{Lu}[\p{L}.’'-]*(?:\s+(?:\p{Lu}[\p{L}.’'-]*|de|da|van|von|der|del|al|bin))*\s+\p{Lu}[\p{L}’'-]+$/u

/**
 * The one writer a byline names ("By Mirela Faustrup" → "Mirela Faustrup"), or null
 * for none, several ("Ana Roe and Li Wen") or a desk ("Staff Reports").
 */
export function bylinePerson(byline: string | null): string | null {
  if (!byline) return null
  const name = byline.trim().replace(/^by\s+/i, '').replace(/\s+/g, ' ')
  if (name.length > 60 || deskWords.test(name) || !personName.test(name)) return null
  return name.split(' ').length <= 4 ? name : null
}
