import {documentNouns} from './document-source.js'
import type {FrameToken} from './frame.js'

// "A poll out this week shows Marle with a lead", "a Ledger News poll, conducted by
// two firms, shows …", "emails released on Tuesday showed …": a document or survey
// noun heads the subject of a finding verb a few words back, past modifiers and one
// comma-set aside, and its plain object is what the document reports.

/** Plurals and tallies that, like documents, report a finding ("exit polls show", "the results showed"). */
const findingSources: ReadonlySet<string> = new Set(['polls', 'surveys', 'results', 'numbers', 'records', 'returns', 'count', 'counts'])

/** Words that end the subject going back: a clause or phrase boundary. */
const boundaries = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'after', 'before', 'because', 'if', 'as', 'since', 'although', 'though', 'than'])

/** How many tokens back the subject's head may be. */
const reach = 12

/**
 * Whether a document or survey noun heads the subject of the verb at `v`: walking
 * back over words (and one aside between commas), before any clause boundary.
 */
export function documentSubject(tokens: readonly FrameToken[], v: number): boolean {
  let commas = 0
  for (let k = v - 1; k >= 0 && v - k <= reach; k--) {
    const t = tokens[k]!
    if (t.kind === 'end' || t.kind === 'quote' || t.sentence !== tokens[v]!.sentence) return false
    if (t.kind !== 'word') {
      if (t.text !== ',' || ++commas > 2) return false
      continue
    }
    if (boundaries.has(t.lower)) return false
    // "Polls show …": capitalised only as its sentence's first word.
    const capital = t.cap && !(k === 0 || tokens[k - 1]!.kind === 'end' || tokens[k - 1]!.sentence !== t.sentence)
    if (!capital && !t.possessive && (documentNouns.has(t.lower) || findingSources.has(t.lower))) return commas !== 1
  }
  return false
}
