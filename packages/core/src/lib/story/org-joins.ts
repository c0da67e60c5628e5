import {abbreviates, acronymLetters} from '../entities/acronyms.js'
import {endsInBusinessWord} from '../entities/business-words.js'
import {orgWords} from '../entities/org-words.js'
import {stateNames} from '../entities/places.js'
import type {EntityKind} from '../entities/types.js'
import type {UnionFind} from './union-find.js'

/** One name of a body in the story: its key, its fullest written form, every form written, what is known of it. */
export interface OrgName {
  key: string
  form: string
  forms: Set<string>
  /** Written at least once after "the" ("the House"). */
  withArticle: boolean
  /** The kind of the entity it names, when it is one. */
  kind: EntityKind | null
}

/**
 * Organisation words that name a kind of body, not one body: alone ("the
 * Department", "the committee") they could be any of several, so they never
 * stand as the short form of a longer name.
 */
const commonHeads = new Set(['ministry', 'department', 'office', 'agency', 'council', 'committee', 'commission', 'party',
  'union', 'organization', 'organisation', 'institute', 'university', 'college', 'school', 'bank', 'court', 'government',
  'administration', 'association', 'foundation', 'corporation', 'company', 'group', 'network', 'bureau', 'service',
  'services', 'police', 'army', 'navy', 'forces', 'board', 'authority', 'fund', 'trust', 'center', 'centre', 'campaign',
  'coalition', 'alliance', 'movement', 'church', 'embassy', 'cabinet', 'team', 'media', 'channel', 'staff', 'command'])

/** Words after a body's word that open its subject ("Office of …", "Center for …"). */
const phraseWords = new Set(['of', 'for', 'on'])

/** A chamber ("the House") heads its own name (House of Representatives), never ends another's (the White House is no chamber). */
const chambers = new Set(['house', 'chamber'])

function wordsOf(form: string): string[] {
  return form.toLowerCase().replace(/\./g, '').split(/\s+/).filter((word) => word && word !== 'the')
}

/** Join each abbreviation to the one name in the story whose initials it is (NSA, National Security Agency); none when two names have them. */
export function joinAbbreviations(names: readonly OrgName[], groups: UnionFind): void {
  const full = names.filter((name) => acronymLetters(name.form) === null)
  for (const name of names) {
    if (acronymLetters(name.form) === null) continue
    // "S.C.", "D.C." stand for a state or the capital (South Carolina), not for a body with those initials ("Select Committee").
    const state = stateNames.has(name.form.replace(/\./g, '').toLowerCase())
    const expansions = new Set(full.filter((other) => [...other.forms].some((form) => abbreviates(name.form, form) && (!state || stateNames.has(form.toLowerCase()))))
      .map((other) => groups.find(other.key)))
    if (expansions.size === 1) groups.union(name.key, [...expansions][0]!)
  }
}

/**
 * Whether the longer name is a body within the short one, or of it: a word for a kind of
 * body that the short form lacks heads a phrase ("Office of …") after the short form's
 * words ("Harbor Authority Office of Permits" is no Harbor Authority), not before them
 * ("Department of Harbors"), nor as a word of its subject ("Committee on Government Reform").
 */
function namesPartOf(words: readonly string[], other: readonly string[]): boolean {
  for (let k = 1; k < other.length - 1; k++) {
    if (!commonHeads.has(other[k]!) || words.includes(other[k]!) || !phraseWords.has(other[k + 1]!)) continue
    for (let b = 0; b < k; b++) if (words.includes(other[b]!)) return true
  }
  return false
}

/**
 * Join each short form to the one longer name holding all its words ("Harbors
 * Committee", "House Committee on Harbors and Rural Affairs"), longest
 * first, so that "House Harbors Committee" joins its full name before
 * "Harbors Committee" looks. One word stands only for a name it heads before
 * "of" ("the Authority", Authority of the Port) or ends ("the Times"), must be
 * written with "the" when it is an organisation word, and never names a kind
 * of body ("Department"); a longer name that ends in another organisation word
 * is another body ("Senate Intelligence Committee" is not the Senate); places
 * are neither short nor long forms of bodies ("Washington", "Washington Post").
 */
export function joinShortForms(names: readonly OrgName[], groups: UnionFind): void {
  const candidates = names.filter((name) => name.kind !== 'place' && acronymLetters(name.form) === null)
    .map((name) => ({name, words: wordsOf(name.form)}))
  for (const {name, words} of [...candidates].sort((a, b) => b.words.length - a.words.length)) {
    if (words.length === 0 || words.length > 3) continue
    if (words.length === 1 && (commonHeads.has(words[0]!) || (orgWords.has(words[0]!) && !name.withArticle))) continue
    const longer = candidates.filter(({words: other}) => {
      if (other.length <= words.length || !words.every((word) => other.includes(word))) return false
      const last = other[other.length - 1]!
      if (orgWords.has(last) && !words.includes(last)) return false
      if (namesPartOf(words, other)) return false
      // "Marle" for "Marle Wireless": a trade word after the name is no other body.
      if (words.length === 1 && other.length === 2 && other[0] === words[0] && endsInBusinessWord(other)) return true
      return words.length > 1 || (other[0] === words[0] && other[1] === 'of') || (last === words[0] && !chambers.has(last))
    })
    const all = new Set(longer.map((other) => groups.find(other.name.key)))
    const opening = new Set(longer.filter((other) => other.words[0] === words[0]).map((other) => groups.find(other.name.key)))
    const target = all.size === 1 ? [...all][0] : opening.size === 1 ? [...opening][0] : undefined
    if (target !== undefined) groups.union(name.key, target)
  }
}
