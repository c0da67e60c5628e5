import {compareTokens, isFunctionWord} from './compare-tokens.js'
import type {Conflict, QuoteGroup} from './types.js'

/**
 * How sure a wording conflict is when a content word changed, and when only function
 * words did. Both clear the story's raising threshold (0.5): two renderings that
 * differ inside the marks cannot both be verbatim, and the reference stories list
 * an added "and" or a dropped "that" as conflicts; a function word ranks lower.
 */
const contentConfidence = 0.7
const functionConfidence = 0.55
/** Quotes are compared with contractions spelt out. */
const spellOut = {spellOut: true}

/**
 * Wording conflicts: each rendering of a quote group whose verdict is `altered`
 * (words added, dropped or changed inside the marks, beyond case, punctuation and
 * contractions) against the group's fullest rendering, from another article. The
 * summary names the changed words ("'open up government' vs 'open the
 * government'"); the confidence is higher when a content word changed than when
 * only a function word did. Renderings with the same changes are one conflict.
 * Paraphrases (translations, summaries) are not wording conflicts: they never
 * claimed the same words; nor is a rendering that another version in the group
 * prints word for word, or one from an outlet that renders another part of the
 * same passage as a paraphrase (its own translation throughout).
 */
export function findWordingConflicts(groups: readonly QuoteGroup[]): Array<Omit<Conflict, 'id'>> {
  const conflicts: Array<Omit<Conflict, 'id'>> = []
  const versions = ownVersions(groups)
  for (const group of groups) {
    const base = group.members[group.fullest]
    if (!base) continue
    const byChange = new Map<string, Array<(typeof group.members)[number]>>()
    const paraphrases = group.members.filter((member) => member.verdict === 'paraphrase').map((member) => ` ${words(member.text)} `)
    group.members.forEach((member, index) => {
      if (index === group.fullest || member.verdict !== 'altered' || member.file === base.file || member.changes.length === 0) return
      // Words another version prints as they are (an excerpt of a second translation), or an
      // outlet that renders this passage in its own version elsewhere, misquote nothing.
      if (versions.has(`${member.file}\u0000${base.file}\u0000${base.start}`)) return
      if (paraphrases.some((text) => text.includes(` ${words(member.text)} `))) return
      // Renderings that change the same words the same way are one conflict (marks and case aside).
      const key = member.changes.map((change) => `${words(change.from)}\u0000${words(change.to)}`).join('\u0001')
      byChange.set(key, [...byChange.get(key) ?? [], member])
    })
    for (const members of byChange.values()) {
      const changes = members[0]!.changes
      const changedWords = changes.flatMap((change) => wordsChanged(change.from, change.to))
      const content = changedWords.some((word) => !isFunctionWord(word))
      conflicts.push({
        kind: 'wording', group: group.id, confidence: content ? contentConfidence : functionConfidence,
        reason: `one utterance quoted with ${content ? 'a content word' : 'only function words'} added, dropped or changed inside the marks`,
        summary: changes.map((change) => `'${change.from}' vs '${change.to}'`).join('; '),
        members: [base, ...members].map((member) => ({file: member.file, article: member.article, start: member.start, end: member.end, text: member.text, value: member.text}))
      })
    }
  }
  return conflicts
}

/**
 * Outlet and passage pairs (`file`, the fullest rendering's file and start) where the
 * outlet renders some part of the passage as a paraphrase: it quotes its own version
 * (another translation), so its other parts of that passage differ as versions do.
 */
function ownVersions(groups: readonly QuoteGroup[]): Set<string> {
  const keys = new Set<string>()
  for (const group of groups) {
    const base = group.members[group.fullest]
    if (!base) continue
    for (const member of group.members) if (member.verdict === 'paraphrase' && member.file !== base.file) keys.add(`${member.file}\u0000${base.file}\u0000${base.start}`)
  }
  return keys
}

function words(text: string): string {
  return compareTokens(text, spellOut).map((token) => token.word).join(' ')
}

/**
 * The words in one side of a change and not the other, compared by their loose
 * form ("no" and "not" one word, inflections aside): a change of inflection or of
 * "no" for "not" alone weighs as a function word.
 */
function wordsChanged(from: string, to: string): string[] {
  const a = compareTokens(from, spellOut)
  const b = compareTokens(to, spellOut)
  const keysA = new Set(a.map((token) => token.key))
  const keysB = new Set(b.map((token) => token.key))
  return [...a.filter((token) => !keysB.has(token.key)), ...b.filter((token) => !keysA.has(token.key))].map((token) => token.word)
}
