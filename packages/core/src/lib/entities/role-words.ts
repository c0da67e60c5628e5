import {lowerBound} from '../span-index.js'
import type {NameRun, RoleRun} from './find-name-runs.js'
import {titleHeads, titleModifiers} from './titles.js'

/**
 * Title abbreviations and gendered or neutral forms, each to the one role noun that
 * stands for them all: "Sen. Rowena Ketteridge" is "the senator", "Chairwoman Ada
 * Quist" is "the chairman" as much as "the chairwoman" or "the chair".
 */
const sameRole: ReadonlyMap<string, string> = new Map([
  ['sen.', 'senator'], ['sen', 'senator'], ['gov.', 'governor'], ['gov', 'governor'],
  ['rep.', 'representative'], ['rep', 'representative'], ['congressman', 'representative'], ['congresswoman', 'representative'],
  ['gen.', 'general'], ['adm.', 'admiral'], ['col.', 'colonel'], ['lt.', 'lieutenant'], ['capt.', 'captain'],
  ['sgt.', 'sergeant'], ['prof.', 'professor'], ['rev.', 'reverend'],
  ['chairwoman', 'chairman'], ['chair', 'chairman'], ['chairperson', 'chairman'],
  ['spokeswoman', 'spokesman'], ['spokesperson', 'spokesman'],
  ['councilwoman', 'councilman'], ['councillor', 'councilman'], ['councilor', 'councilman'],
  ['businesswoman', 'businessman']
])

/** The role noun a title word stands for ("sen." → "senator", "spokeswoman" → "spokesman"). */
export function roleWord(word: string): string {
  return sameRole.get(word) ?? word
}

/**
 * Whether a role noun is cut short of the title it begins: "the deputy" of "the deputy
 * attorney general", "his deputy director". Such a role names no one by its head alone.
 */
export function cutShort(text: string, role: RoleRun): boolean {
  const next = /^\s+([a-z][a-z.-]*)/.exec(text.slice(role.end, role.end + 24))
  return next !== null && next[1] !== 'of' && next[1] !== 'the' && (titleHeads.has(next[1]!) || titleModifiers.has(next[1]!))
}

/** A person's name run with the role noun set off beside it. */
export interface AppositiveRole {
  role: RoleRun
  run: NameRun
}

/** What may follow "Name, the minister": the appositive's end, or its "of"/"at" phrase. */
const afterRole = /^(?:\s*[,.;:)]|\s+(?:of|at|for|in|from)\s)/
/** What may follow "the minister, Name" (or "the chief of staff, Name"): the appositive's end or the clause's verb, not a list ("and"). */
const afterName = /^(?:\s*[,.;:)]|\s+(?!and\b|or\b|nor\b)[a-z])/

/**
 * Role nouns set off beside a person's name, which give that person the role:
 * "Anselm Vorhees, the transport minister," and "The minister, Anselm Vorhees,".
 * Runs and roles are in text order; a possessive role ("Vorhees, the minister's
 * aide") describes someone else and is left out.
 */
export function appositiveRoles(text: string, runs: readonly NameRun[], roles: readonly RoleRun[]): AppositiveRole[] {
  const found: AppositiveRole[] = []
  for (const role of roles) {
    const after = text.slice(role.end, role.end + 8)
    if (/^[’']/.test(after) || cutShort(text, role)) continue
    // A loose role's possessive owner ("Vorhees, Orlo's aide,") sits between the name and the role.
    const from = role.from ?? role.start
    const k = lowerBound(runs, from)
    const before = runs[k - 1]
    if (before && before.kind !== 'place' && before.kind !== 'organization' && !before.possessive &&
      /^,\s+(?:also\s+)?$/.test(text.slice(before.end, from)) && afterRole.test(after)) {
      found.push({role, run: before})
      continue
    }
    const next = runs[role.from === undefined ? k : lowerBound(runs, role.end)]
    // A loose role before the name opens its clause ("…, a spokeswoman, Pella Voss, said"), not "as a senator, Voss".
    if (role.loose && /^an?\s/i.test(role.text) && !/(?:^|[,.;:(“”"—]\s*)$/.test(text.slice(Math.max(0, from - 4), from))) continue
    if (next && next.kind !== 'place' && next.kind !== 'organization' && !next.possessive &&
      /^(?:\s+of\s+[a-z]+)?,\s+$/.test(text.slice(role.end, next.start)) && afterName.test(text.slice(next.end, next.end + 8))) {
      found.push({role, run: next})
    }
  }
  return found
}
