import {wordCount} from '../white-space.js'
import {reportingVerbs, weakReportingVerbs} from './reporting-verbs.js'
import type {Quote} from './types.js'

/** Between a cue and the nested quote it opens: a comma or colon and the mark ("He said, ‘…’"). */
const openingGap = /^[\s,:]*$/

/** Pronouns that stand for one who speaks ("it" and "they" more often stand for a thing or a crowd). */
const speakingPronouns = new Set(['he', 'she', 'i', 'we'])

/** The most words between such a pronoun and its verb ("She then turned to the tolls, saying ‘…’"). */
const subjectReach = 4

/** Between a nested quote and the speaker after it: the close and a comma ("‘…,’ she said"). */
const closingGap = /^[\s,.!?—–-]*$/

/**
 * Whether a nested quote is kept when only those whose speaker is sure are asked for
 * (`nested: 'named'`): the outer quote's words name its speaker in a clause of their
 * own, by name ("Adler told me, ‘…’") or by a role the article gives one person ("the
 * chief said ‘…’"); or a pronoun the article answers (he, she, I, we: "He said, ‘…’",
 * "and I replied ‘…’") a few words before the speech verb that opens or closes the
 * nested quote itself. A verb further off, or one of thought ("we do not believe it
 * is ‘…’"), marks a term used in the outer speaker's sentence more often than words
 * someone said.
 *
 * @param text The article text the quote's offsets point into.
 * @param inner A quote found inside another.
 */
export function nestedKept(text: string, inner: Quote): boolean {
  const speaker = inner.speaker
  if (!speaker || speaker.entity === null) return speaker?.method === 'explicit'
  if (speaker.method === 'explicit' || speaker.method === 'role-noun') return true
  const {cue} = inner
  const mention = speaker.mention
  if (speaker.method !== 'pronoun' || !cue || !mention || !speakingPronouns.has(mention.text.toLowerCase())) return false
  if (mention.end <= cue.start && wordCount(text, mention.end, cue.start) > subjectReach) return false
  const lemma = reportingVerbs.get(text.slice(cue.start, cue.end).split(' ')[0]!.toLowerCase())
  if (lemma === undefined || weakReportingVerbs.has(lemma)) return false
  const open = inner.marks ? inner.start - inner.marks.open.length : inner.start
  if (cue.end <= open) return openingGap.test(text.slice(cue.end, open))
  const close = inner.marks?.close ? inner.end + inner.marks.close.length : inner.end
  return close <= mention.start && closingGap.test(text.slice(close, Math.min(mention.start, cue.start)))
}
