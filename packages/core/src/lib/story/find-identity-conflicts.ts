import {nameKey} from '../entities/name-key.js'
import {stemOf} from './stem-of.js'
import {wordsOf} from './slot-values.js'
import {onceByText} from './once-by-text.js'
import type {Conflict, StoryClaim} from './types.js'

/**
 * Words that make a description pick out one referent ("the largest supplier", "the
 * only witness", "the first company"): superlatives and their like. A general
 * English list; "last" and "latest" are left out ("the latest figures" names no one).
 */
const unique = 'largest|biggest|smallest|first|only|sole|main|top|leading|primary|principal|chief|oldest|youngest|highest|lowest|richest|poorest|tallest|longest|fastest|busiest|deadliest|worst|best'
/** A capitalised name of up to five words (with "of", "and", "&" inside: "Bank of Lindale"). */
const name = String.raw`\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:(?:of|and|&|de|la|van|von)\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*){0,4}`
const copula = String.raw`(?:is|was|are|were|has\s+been|had\s+been|became|remains|remained)`
/** A lower-case word of the description's head: no preposition or verb of the frame. */
const headWord = String.raw`(?!(?:of|for|in|at|on|to|is|was|are|were|has|had|became|remains|remained)(?![\p{L}]))[\p{Ll}-]+`
/** The description: the unique word, up to two more words, the head noun, and an optional "of/for/in …" of up to six words. */
const description = String.raw`[Tt]he\s+(${unique})\s+((?:${headWord}\s+){0,2}${headWord})((?:\s+(?:of|for|in|at|on|to)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?[\p{L}\p{N}’'-]+)?)`
/** "the largest supplier of steel is Velmont Works" */
const describedFirst = new RegExp(`${description}\\s+${copula}\\s+(${name})`, 'gu')
/** "Velmont Works is the largest supplier of steel" */
const namedFirst = new RegExp(`(${name})\\s+${copula}\\s+${description}(?=[\\s,.;:!?]|$)`, 'gu')

/** Capitalised words at a sentence's start that are no name. */
const notNames = new Set(['the', 'it', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'what', 'which', 'who', 'his', 'her', 'its', 'their', 'our', 'but', 'and', 'yet', 'so'])

/** A quick test before the full patterns: most sentences have no unique word at all. */
const anyUnique = new RegExp(`\\s(?:${unique})\\s`, 'u')

/** Words of a description's complement too light to compare ("the", "its"). */
const light = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'of', 'for', 'in', 'at', 'on', 'to', 'this', 'that'])

interface Binding {
  claim: StoryClaim
  /** The unique word and head noun, stemmed: what is described. */
  key: string
  /** The complement's first content word, stemmed ("of steel for the bridge" → steel); null when none. */
  complement: string | null
  /** The description as written, and the name it is given. */
  text: string
  name: string
  /** Keys of the name's words (short forms meet: "Velmont" / "Velmont Works"). */
  names: Set<string>
}

/**
 * Identity conflicts: one description that can fit only one referent ("the largest
 * supplier of steel", "the only witness") given to different names by different
 * outlets ("… is Velmont Works" / "… is Harrow Foundry"). The description must be the
 * same unique word and head noun, with complements of one head word when both have
 * one ("of steel" / "of concrete" are two descriptions); names that share a word are taken for one referent (a short form), so only
 * names with nothing in common conflict. Found by an index of descriptions, never by
 * comparing every pair.
 */
export function findIdentityConflicts(claims: readonly StoryClaim[]): Array<Omit<Conflict, 'id'>> {
  const byKey = new Map<string, Binding[]>()
  // Walked by `forEach` (a loop of this function's own, run once per story, was compiled on-stack for each large one).
  claims.forEach(addBindings, byKey)
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const bindings of byKey.values()) {
    if (new Set(bindings.map((b) => b.claim.file)).size < 2) continue
    // One conflict per description: the first binding of each name that clashes with another outlet's.
    const members: Binding[] = []
    for (const a of bindings) {
      const clash = bindings.some((b) => b.claim.file !== a.claim.file && sameThing(a, b) && !sameReferent(a, b))
      if (clash && !members.some((m) => m.claim.file === a.claim.file && sameReferent(m, a))) members.push(a)
    }
    if (new Set(members.map((m) => m.claim.file)).size < 2) continue
    const description = members[0]!.text
    out.push({
      kind: 'contradiction', group: null, confidence: 0.6,
      reason: `outlets give one description that fits only one referent ("${description}") to names with no word in common`,
      summary: `${description}: ${[...new Set(members.map((m) => m.name))].join(' vs ')}`,
      members: members.map((m) => ({file: m.claim.file, article: m.claim.article, start: m.claim.start, end: m.claim.end, text: m.claim.text, value: m.name}))
    })
  }
  return out
}

/** The descriptions a claim binds to names, either way round. */
function bindingsOf(claim: StoryClaim): Binding[] {
  return textBindings(claim.text).map((binding) => ({claim, ...binding}))
}

/** A sentence's bindings without the claim, once per distinct text (copies of one sentence bind alike). */
const textBindings = onceByText((text: string): ReadonlyArray<Omit<Binding, 'claim'>> => {
  const out: Array<Omit<Binding, 'claim'>> = []
  if (!anyUnique.test(text)) return out
  const add = (uniqueWord: string, head: string, complement: string, named: string) => {
    const heads = wordsOf(head)
    const noun = heads[heads.length - 1]?.word
    // "It is the first time", "This was the only way": a pronoun, not a name.
    if (!noun || wordsOf(named).every((w) => notNames.has(w.word))) return
    const described = `the ${uniqueWord.toLowerCase()} ${head}${complement}`
    out.push({
      key: `${uniqueWord.toLowerCase()} ${stemOf(noun)}`,
      complement: wordsOf(complement).filter((w) => !light.has(w.word)).map((w) => stemOf(w.word))[0] ?? null,
      text: described.trim(), name: named,
      names: new Set(wordsOf(named).filter((w) => w.word.length > 2 && !light.has(w.word)).map((w) => nameKey(w.word)))
    })
  }
  for (const m of text.matchAll(describedFirst)) add(m[1]!, m[2]!, m[3]!, m[4]!)
  for (const m of text.matchAll(namedFirst)) add(m[2]!, m[3]!, m[4]!, m[1]!)
  return out
})

/** One description: complements of one head word ("of steel …" / "of steel …"), or a complement on one side only. */
function sameThing(a: Binding, b: Binding): boolean {
  return a.complement === null || b.complement === null || a.complement === b.complement
}

/** Names that share a word are taken for one referent. */
function sameReferent(a: Binding, b: Binding): boolean {
  for (const key of a.names) if (b.names.has(key)) return true
  return false
}

/** One claim's bindings of a name to a description, by key. */
function addBindings(this: Map<string, Binding[]>, claim: StoryClaim): void {
  for (const binding of bindingsOf(claim)) {
    if (!this.has(binding.key)) this.set(binding.key, [])
    this.get(binding.key)!.push(binding)
  }
}
