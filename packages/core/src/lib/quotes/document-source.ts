import type {Mention} from '../entities/types.js'
import type {SpeakerContext} from './resolve-speaker.js'

/**
 * Nouns for a written or recorded text that speaks for its author: "a statement
 * from Mayor Dana Okafor said", "a letter by the council warns", "the lawsuit,
 * filed by Riverton Water, says". General English, lower case, singular and plural.
 */
export const documentNouns: ReadonlySet<string> = new Set([
  'statement', 'statements', 'letter', 'letters', 'memo', 'memos', 'memorandum', 'report', 'reports',
  'study', 'studies', 'email', 'emails', 'e-mail', 'document', 'documents', 'filing', 'filings',
  'complaint', 'lawsuit', 'suit', 'motion', 'brief', 'ruling', 'opinion', 'release', 'announcement',
  'post', 'tweet', 'tweets', 'message', 'messages', 'note', 'notes', 'survey', 'poll', 'analysis',
  'review', 'petition', 'testimony', 'transcript', 'editorial', 'column', 'op-ed', 'essay', 'book',
  'video', 'ad', 'advertisement', 'case', 'indictment', 'affidavit', 'order', 'proposal', 'plan',
  'account', 'summary', 'question', 'questions', 'questionnaire', 'list', 'excerpt', 'excerpts',
  // findings of research ("according to calculations by Omar Reyes of Riverton College")
  'calculation', 'calculations', 'estimate', 'estimates', 'projection', 'projections', 'research',
  'findings', 'paper', 'papers', 'analyses', 'audit', 'tally', 'census', 'data', 'figures'
])

/** Question nouns: a question speaks for whoever asks it. */
const questionNouns: ReadonlySet<string> = new Set(['question', 'questions', 'query', 'queries', 'questionnaire'])

/** Participles between a document and its author ("a complaint filed by"); never "obtained by" (the recipient). */
const authorVerbs = '(?:filed|issued|released|signed|written|authored|sent|posted|published|prepared|submitted|commissioned|produced|conducted)'
const authorLink = new RegExp(`^\\s*,?\\s*(?:${authorVerbs}\\s+)?(?:from|by)\\s+`, 'i')

/** An author link inside a phrase ("a study by …", "a memo written by …"). */
const innerLink = new RegExp(`\\s(?:${authorVerbs}\\s+)?(?:from|by)\\s`, 'i')

/**
 * The author of a document that stands as a speaker: the person or body named right
 * after it ("a joint statement from Councilwoman Ada Reyes and …" → Ada Reyes, "a
 * study by a Riverton economist, Lee Park," → Lee Park), or its possessor ("the
 * council's lawsuit alleges" → the council). Null when the phrase is no document or
 * names no author, so the document speaks for itself.
 */
export function documentAuthor(context: SpeakerContext, start: number, phraseEnd: number): Mention | null {
  // "a study by an influential sociologist, Mikhail E. Dorotin," read as one phrase: the document ends at its author link.
  const inner = innerLink.exec(context.text.slice(start, phraseEnd))
  const end = inner && inner.index > 0 ? start + inner.index : phraseEnd
  const words = context.text.slice(start, end).split(/[\s,]+/).filter(Boolean)
  const comma = context.text.slice(start, end).indexOf(',')
  const headText = comma > 0 ? context.text.slice(start, start + comma) : context.text.slice(start, end)
  const head = (headText.trim().split(/\s+/).pop() ?? '').toLowerCase()
  if (!documentNouns.has(head) || words.length === 0) return null
  // "Riverton's lawsuit", "the mayor's memo": the possessor wrote it.
  const possessor = mentionsIn(context, start, start + headText.length).find((m) => m.possessive && speaks(context, m))
  if (possessor) return possessor
  const link = authorLink.exec(context.text.slice(end, end + 40))
  if (!link) return null
  const from = end + link[0].length
  // Over a short description to the name ("by a Riverton economist, Lee Park").
  const stretch = context.text.slice(from, from + 90)
  const stop = stretch.search(/[.;:"“”?!]|,\s+(?:said|says|and)\b/)
  const limit = from + (stop < 0 ? stretch.length : stop)
  for (const m of mentionsIn(context, from, limit)) {
    if (!speaks(context, m)) continue
    const gap = context.text.slice(from, m.title && m.title.start < m.start ? m.title.start : m.start)
    if (gap.split(/\s+/).filter(Boolean).length <= 6 && (gap.match(/,/g) ?? []).length <= 1) return m
    return null
  }
  return null
}

/**
 * Who asks the questions a question noun stands for ("“…?” one question asks"):
 * the nearest person or body written before it as the subject or owner of
 * questions ("Inspector Lee Park sent a list of questions to …", "Park's
 * questions"). Null when the article says no one. `elided` is the head noun
 * when the phrase leaves it out ("Another asks": another question).
 */
export function questionAsker(context: SpeakerContext, start: number, end: number, elided?: string): Mention | null {
  const phrase = context.text.slice(start, end).toLowerCase().replace(/,.*$/s, '').trim()
  const head = elided ?? phrase.split(/\s+/).pop() ?? ''
  if (!questionNouns.has(head)) return null
  const mentions = context.entities.mentions
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!
    if (m.end > start || !speaks(context, m) || inQuote(context, m.start)) continue
    // The mention, then up to eight words in its sentence, then a question noun.
    const after = context.text.slice(m.end, m.end + 80)
    const at = after.search(/\b(?:questions|queries|question)\b/i)
    if (at < 0 || /[.;!?"“”]/.test(after.slice(0, at))) continue
    const between = after.slice(0, at).trim()
    if (/^[’']s(?:\s+[\w-]+){0,2}$/.test(between) || askingVerb.test(between)) return m
  }
  return null
}

/** A verb of asking or handing over between an asker and the questions ("has sent a list of"); never "obtained", "published". */
const askingVerb = /^(?:(?:has|have|had|also|then|later|reportedly|will|would|is|was|were)\s+){0,2}(?:ask(?:s|ed)?|pose[sd]?|submit(?:s|ted)?|sen[dt]s?|gave|given|give[sn]?|provide[sd]?|raise[sd]?|prepare[sd]?|draft(?:s|ed)?|wr(?:o|i)te[sn]?|written|put|puts|read|reads)\b(?:\s+[\w-]+){0,6}$/i

function speaks(context: SpeakerContext, m: Mention): boolean {
  const kind = context.byId.get(m.entity)?.kind
  return (kind === 'person' || kind === 'organization') && m.text.length > 1
}

function mentionsIn(context: SpeakerContext, start: number, end: number): Mention[] {
  return context.entities.mentions.filter((m) => m.start >= start && m.end <= end)
}

function inQuote(context: SpeakerContext, at: number): boolean {
  return context.quoted.some((q) => q.start <= at && at < q.end)
}
