/**
 * Words of an attribution frame ("the minister said", "she told reporters",
 * "according to the agency") that say nothing of the fact itself: neutral verbs of
 * saying (the "neutral" reporting verbs of the reported-speech literature, which
 * commit to nothing, unlike "admitted", "denied" or "claimed") and the audience of a
 * saying. Two sentences that share only their frame do not state one fact, and two
 * that state one fact in frames of their own are not kept apart by them.
 */
const frameWords: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'state', 'states', 'stated', 'stating', 'note', 'notes', 'noted', 'noting', 'write', 'writes', 'wrote', 'written',
  'report', 'reports', 'reported', 'reporting', 'according', 'reporters', 'reporter'
])

/** Whether `word` (lower case) belongs to an attribution frame rather than to what is attributed. */
export function isFrameWord(word: string): boolean {
  return frameWords.has(word)
}
