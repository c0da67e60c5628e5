import {dropContained} from './drop-contained.js'
import {onceByText} from './once-by-text.js'
import {stemOf} from './stem-of.js'
import {wordsOf} from './slot-values.js'
import type {Conflict, StoryClaim} from './types.js'

/**
 * An unnamed source of a document or a tip: "provided to the Ledger by a person outside
 * the council", "obtained the memo from an aide". The descriptor's head noun is what
 * outlets can disagree on; "a source" says nothing of a role, so it is left out.
 */
const unnamedSource = /\b(?:provided|supplied|given|leaked|passed|handed|sent|shown|obtained|received|got|came)\b[^.;:!?]{0,40}?\b(?:by|from)\s+(?:(?:a|an|one)\s+((?:[\p{L}-]+\s+){0,2}?))?(person|someone|somebody|individual|official|aide|adviser|advisor|lawyer|attorney|staffer|insider|employee|diplomat|officer)\b/iu
/** `unnamedSource` matched once per distinct sentence text. */
const unnamedSourceIn = onceByText((text) => unnamedSource.exec(text))
/** Descriptors that give no role: one class. */
const roleless = new Set(['person', 'someone', 'somebody', 'individual'])
/** Stems two sentences must share besides the descriptor, to speak of one hand-over. */
const minimumShared = 2

interface Described {
  claim: StoryClaim
  /** The descriptor as written ("an unnamed official"). */
  text: string
  /** Its class: "person" for descriptors with no role, else the role noun. */
  role: string
  stems: Set<string>
  /** Capitalised words past the first: names, whether or not entity finding caught them. */
  names: Set<string>
}

/**
 * Role conflicts over an unnamed source: outlets that report one hand-over (sentences
 * sharing a name, the recipient often, and two more stems) but describe who
 * handed it over as holding different roles ("an official" against "a person outside
 * the team"). One conflict per described source, with the closest sentence of every
 * outlet that describes it otherwise; a conflict whose sentences another holds is dropped.
 */
export function findSourceConflicts(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => readonly string[]): Array<Omit<Conflict, 'id'>> {
  const described: Described[] = []
  for (const claim of claims) {
    const match = unnamedSourceIn(claim.text)
    if (!match) continue
    const noun = match[2]!.toLowerCase()
    const text = claim.text.slice(match.index).match(/(?:by|from)\s+(.*)$/iu)?.[1] ?? match[0]
    const descriptor = text.slice(0, text.toLowerCase().indexOf(noun) + noun.length)
    const stems = new Set(wordsOf(claim.text).filter((w) => w.word.length > 3).map((w) => stemOf(w.word)))
    stems.delete(stemOf(noun))
    const names = new Set(wordsOf(claim.text).slice(1).filter((w) => /^\p{Lu}/u.test(claim.text.slice(w.start, w.end))).map((w) => w.word))
    described.push({claim, text: descriptor, role: roleless.has(noun) ? 'person' : noun.replace(/^advisor$/, 'adviser').replace(/^attorney$/, 'lawyer'), stems, names})
  }
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const anchor of described) {
    const named = new Set(entitiesOf(anchor.claim))
    const best = new Map<string, {entry: Described, shared: number}>()
    for (const other of described) {
      if (other.claim.file === anchor.claim.file || other.role === anchor.role) continue
      if (!entitiesOf(other.claim).some((entity) => named.has(entity)) && ![...other.names].some((name) => anchor.names.has(name))) continue
      const shared = [...other.stems].filter((stem) => anchor.stems.has(stem)).length
      if (shared < minimumShared) continue
      const kept = best.get(other.claim.file)
      if (!kept || kept.shared < shared) best.set(other.claim.file, {entry: other, shared})
    }
    if (best.size === 0) continue
    const members = [anchor, ...[...best.values()].map((b) => b.entry)]
    out.push({
      kind: 'role', group: null, confidence: 0.55,
      reason: `sentences of ${members.length} outlets report one hand-over (a named entity and more words in common) but describe the unnamed source differently`,
      summary: `unnamed source: ${[...new Set(members.map((m) => m.text))].join(' vs ')}`,
      members: members.map((m) => ({file: m.claim.file, article: m.claim.article, start: m.claim.start, end: m.claim.end, text: m.claim.text, value: m.text}))
    })
  }
  return dropContained(out)
}
