import {endsInBusinessWord} from '../entities/business-words.js'
import type {LinkedEntity} from '../entities/types.js'

/**
 * People in name only: an entity read as a person that is only ever written as one
 * word ("a Marle subsidiary") while the story names a company that word opens
 * ("Marle Wireless"). A lone capitalised word mid-sentence is read as a person by
 * default; beside such a company it is the company's short form. A word that is the
 * surname of a person named in full ("Ines Marle") stays a person.
 */
export function loneWordCompanies(linked: readonly LinkedEntity[]): ReadonlySet<LinkedEntity> {
  const opened = new Set<string>()
  const surnames = new Set<string>()
  for (const entity of linked) {
    for (const {form} of entity.forms) {
      const words = form.toLowerCase().split(/\s+/)
      if (entity.kind === 'organization' && endsInBusinessWord(words)) opened.add(words[0]!)
      if (entity.kind === 'person' && words.length > 1) surnames.add(words[words.length - 1]!)
    }
  }
  const out = new Set<LinkedEntity>()
  if (opened.size === 0) return out
  for (const entity of linked) {
    if (entity.kind !== 'person' || !entity.forms.every(({form}) => !/\s/.test(form.trim()))) continue
    const word = entity.name.toLowerCase()
    if (opened.has(word) && !surnames.has(word)) out.add(entity)
  }
  return out
}
