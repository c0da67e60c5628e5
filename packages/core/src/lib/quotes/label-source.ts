import {sourceNouns} from './source-nouns.js'

/** Interview transcript labels for the questioner and the one answering. */
const interviewLabels = new Set(['q', 'a'])

/** More nouns that head a news line as its source ("Sources: …", "Officials: …"). */
const moreSources = new Set(['sources', 'source', 'officials', 'newspaper', 'experts', 'aides', 'insiders', 'report'])

/**
 * Whether a "Label: P" label that names no one the article knows still speaks:
 * a survey or a document ("Poll: …", "Report: …", "Study: …"), unnamed sources
 * ("Sources: …") or a transcript's "Q:" and "A:".
 */
export function labelSpeaks(label: string): boolean {
  const word = label.trim().toLowerCase()
  return interviewLabels.has(word) || moreSources.has(word) || sourceNouns.has(word)
}
