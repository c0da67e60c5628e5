import {openQuestions} from './open-questions.js'
import {wordsOf} from './slot-values.js'
import type {Conflict, StoryClaim} from './types.js'

/** Words that end the clause "whether" opens. */
const clauseEnd = /[,;:.!?()“”"]/

/**
 * Adjectives and participles a negative prefix turns into their opposite
 * ("classified"/"unclassified", "legal"/"illegal", "aware"/"unaware",
 * "accurate"/"inaccurate"): the endings of English adjectives, so that a noun
 * ("information"/"disinformation") is never read as an answer.
 */
const adjectiveEnding = /(?:ed|ful|able|ible|al|ent|ant|ive|ic|ous|ary|ory|are|ate|ure|ar)$/

/** The negative prefixes of English adjectives, with the first letters each goes before ("il" only before "l"). */
const prefixes: ReadonlyArray<[string, RegExp]> = [['un', /^/], ['non', /^/], ['non-', /^/], ['in', /^[^lmpr]/], ['il', /^l/], ['im', /^[mp]/], ['ir', /^r/], ['dis', /^/]]

/**
 * An open question answered elsewhere in other words: one outlet leaves open
 * whether something holds ("questions about whether the tender Okafor approved was
 * regular"), another outlet's sentence about the same person or body gives the
 * opposite of the question's own adjective ("the tender Okafor approved was
 * irregular"). The answer may be given to a source ("a city lawyer wrote that …"):
 * an outlet that reports the answer settles the question it did not leave open.
 * (The same words stated plainly are the stance finder's open questions.)
 *
 * @param claims The story's claims.
 * @param entitiesOf The cross-article entity ids a claim names.
 */
export function findSettledQuestions(claims: readonly StoryClaim[], entitiesOf: (claim: StoryClaim) => readonly string[]): Array<Omit<Conflict, 'id'>> {
  const out: Array<Omit<Conflict, 'id'>> = []
  // Which claims carry a word, built once: an answer must carry the opposite of a question's word.
  let index: Map<string, StoryClaim[]> | null = null
  for (const asked of claims) {
    for (const cue of openQuestions(asked)) {
      const rest = asked.text.slice(cue.end - asked.start)
      const stop = rest.search(clauseEnd)
      const clause = rest.slice(0, stop < 0 ? rest.length : stop)
      const opposites = new Map<string, string>()
      for (const {word} of wordsOf(clause)) {
        if (word.length < 5 || !adjectiveEnding.test(word)) continue
        // A participle takes only "un"/"non": "in", "im", "dis" before one make other words ("informed", "imposed", "discovered").
        for (const [prefix, before] of prefixes) if (before.test(word) && (!word.endsWith('ed') || prefix.startsWith('n') || prefix === 'un')) opposites.set(prefix + word, word)
      }
      if (opposites.size === 0) continue
      index ??= wordIndex(claims)
      const named = new Set(entitiesOf(asked))
      const answers = new Map<string, {claim: StoryClaim, word: string, opposite: string}>()
      for (const [opposite, word] of opposites) {
        for (const claim of index.get(opposite) ?? []) {
          if (claim.file === asked.file || answers.has(claim.file) || claim.stance === 'hedged' || openQuestions(claim).length > 0) continue
          // About the same person or body: the two sentences name one entity in common.
          if (!entitiesOf(claim).some((id) => named.has(id))) continue
          answers.set(claim.file, {claim, word, opposite})
        }
      }
      if (answers.size === 0) continue
      const found = [...answers.values()]
      out.push({
        kind: 'stance', group: null, confidence: 0.55,
        reason: `one outlet leaves open whether it is "${found[0]!.word}" ("${cue.text} …"), another answers it, in a sentence naming the same person or body: "${found[0]!.opposite}"`,
        summary: `asked in ${asked.file}; answered "${found[0]!.opposite}" in ${found.map((a) => a.claim.file).join(', ')}`,
        members: [
          {file: asked.file, article: asked.article, start: asked.start, end: asked.end, text: asked.text, value: 'open question'},
          ...found.map(({claim, opposite}) => ({file: claim.file, article: claim.article, start: claim.start, end: claim.end, text: claim.text, value: opposite}))
        ]
      })
    }
  }
  return out
}

/** Claims by the words they carry (lower case). */
function wordIndex(claims: readonly StoryClaim[]): Map<string, StoryClaim[]> {
  const index = new Map<string, StoryClaim[]>()
  for (const claim of claims) {
    for (const {word} of wordsOf(claim.text)) {
      let list = index.get(word)
      if (!list) index.set(word, list = [])
      if (list[list.length - 1] !== claim) list.push(claim)
    }
  }
  return index
}
