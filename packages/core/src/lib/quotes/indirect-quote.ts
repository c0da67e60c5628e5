import type {FrameToken} from './frame.js'
import type {SpeechEvent} from './find-speech-event.js'
import type {Quote, Speaker} from './types.js'

/** Reported clauses shorter than this many words are not worth a quote ("he said so"). */
const minimumWords = 3

/**
 * An indirect quote from a reporting clause: the content is the reported clause
 * ("Lavrov said [Ukraine had tried to attack …]"), trimmed of edge punctuation.
 */
export function indirectQuote(text: string, tokens: readonly FrameToken[], event: SpeechEvent, speaker: Speaker): Quote | null {
  if (!event.content) return null
  let [from, to] = event.content
  while (from <= to && tokens[from]!.kind !== 'word') from++
  while (to >= from && tokens[to]!.kind !== 'word') to--
  if (to - from + 1 < minimumWords) return null
  const start = tokens[from]!.start
  const end = tokens[to]!.end
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: 'indirect',
    marks: null,
    speaker,
    cue: {text: text.slice(event.cue.start, event.cue.end), ...event.cue},
    channel: null,
    confidence: speaker.method === 'unnamed' ? 0.5 : 0.6,
    continued: false
  }
}
