import {nicknameRows} from './nickname-data.js'
import {addTo} from '../push-to.js'

let table: Map<string, Set<string>> | null = null

/** The nickname table, built on first use: each name with the names its row gives it. */
function nicknames(): Map<string, Set<string>> {
  if (table) return table
  table = new Map()
  for (const line of nicknameRows.split('\n')) {
    const [head, ...others] = line.trim().split(',').filter(Boolean)
    if (!head) continue
    for (const other of others) {
      if (other === head) continue
      // Both directions: "Bob Smith" and "Robert Smith" meet whichever one comes first.
      addTo(table, head, other)
      addTo(table, other, head)
    }
  }
  return table
}

/**
 * Whether two given names are one name, the one a nickname or diminutive of the
 * other (Bob / Robert, Mike / Michael, Liz / Elizabeth, Tom / Thomas), by the
 * maintained list in `nickname-data.ts`. Only names listed together match: the
 * relation is not chained (Bill / William and Bill / Robert do not make William /
 * Robert). Case-insensitive; `false` for a name the list does not hold.
 */
export function isNicknameOf(a: string, b: string): boolean {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  if (x === y) return false
  return nicknames().get(x)?.has(y) ?? false
}

/** Whether the word is a given name the nickname list holds (as a name or a nickname). */
export function isKnownGivenName(word: string): boolean {
  return nicknames().has(word.toLowerCase())
}

/** The names the nickname list gives a given name (Bill: William, Robert…), lower case; empty for a name it does not hold. */
export function nicknamesOf(word: string): ReadonlySet<string> {
  return nicknames().get(word.toLowerCase()) ?? new Set()
}
