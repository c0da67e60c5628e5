import {stemOf} from './stem-of.js'
import {insideQuotation} from './inside-quotation.js'
import {anyHandoverVerb, auxiliaries, channels, collectiveHeads, handoverVerbs, idiomaticTo, recipientOpeners, type Authority, type Medium} from './handover-words.js'
import {wordsOf} from './slot-values.js'
import {upperAt} from './letter-case.js'
import type {StoryClaim} from './types.js'
import {testByText} from './once-by-text.js'

/** Whether a sentence holds a handover verb at all, once per distinct text. */
const namesHandoverVerb = testByText(anyHandoverVerb)

/**
 * One handover a sentence tells: "Mayor Okafor sent the audit to the council by
 * email", "the files were leaked to reporters". What was passed (its content words,
 * stemmed), to whom (the head of the noun phrase after "to"), through which channel,
 * and what the verb says of the medium (spoken, written) and the authority (leaked,
 * released).
 */
export interface Handover {
  readonly claim: StoryClaim
  /** Offset of the verb in the claim's text. */
  readonly at: number
  readonly verb: string
  readonly medium: Medium
  readonly authority: Authority
  /** Stems of what was passed and of the subject of a passive ("the memos were leaked"). */
  readonly theme: ReadonlySet<string>
  /** A word of the text for each stem of `theme`. */
  readonly themeWords: ReadonlyMap<string, string>
  /** The stemmed head of the recipient ("lawyers" in "to the mayor's lawyers"), or null. */
  readonly recipient: string | null
  /** Stems of every word of the recipient phrase. */
  readonly recipientWords: ReadonlySet<string>
  /** Whether a passive names who passed it ("were released by the committee"). */
  readonly agent: boolean
  /** The channel class ("telephone", "meeting", "writing", "video"), or null. */
  readonly channel: string | null
  /** The words that tell it, from the verb to the end of its recipient or channel. */
  readonly value: string
}

/** Words between a clause's parts: never what was passed, never a recipient's head. */
const light = new Set(['the', 'a', 'an', 'of', 'and', 'or', 'that', 'this', 'these', 'those', 'it', 'its', 'they', 'them', 'their', 'his', 'her',
  'he', 'she', 'we', 'our', 'you', 'i', 'said', 'says', 'say', 'also', 'some', 'other', 'more', 'than', 'with', 'from', 'into', 'about',
  'which', 'who', 'what', 'when', 'after', 'before', 'would', 'could', 'should', 'will', 'just', 'only', 'days', 'later', 'earlier',
  'according', 'wanted', 'want', 'wants', 'asked', 'ask', 'agreed', 'planned', 'part', 'back', 'forth', 'almost', 'nearly', 'least'])
/** Words that end what a verb governs or a recipient phrase. */
const phraseEnd = new Set(['that', 'who', 'which', 'whom', 'as', 'while', 'because', 'after', 'before', 'when', 'where', 'but', 'and', 'or',
  'for', 'in', 'at', 'on', 'about', 'with', 'over', 'during', 'by', 'via', 'late', 'early', 'last', 'this', 'to', 'from', 'since', 'until'])
/** Punctuation between two words that ends a clause; quotation marks too. */
const clauseGap = /[,;:()[\]"“”—–?!.]|\s-\s/u
/** Words read after the verb, at most. */
const reach = 12
/** Words read back from the verb, at most, and words of a sentence's subject. */
const backReach = 8
/** Titles that may stand in a name after "with" ("during a meeting with Mr. Okafor"). */
const titles = new Set(['mr', 'mrs', 'ms', 'dr'])
/** Short titles written with a period. */
const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'prof', 'rev'])
/** Auxiliaries of a passive: what stands before the verb is what was passed. */
const passiveAuxiliaries = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being'])

/**
 * The handovers a claim tells outside quotation marks (a quote's handover is the
 * speaker's). A handover counts only when it says to whom or through which channel:
 * "she read the report" is no handover, "she read the report to the board" is one.
 */
export function findHandovers(claim: StoryClaim): Handover[] {
  const text = claim.text
  if (!namesHandoverVerb(text)) return []
  const words = wordsOf(text)
  const breakBefore = (i: number) => {
    if (i === 0) return true
    const gap = text.slice(words[i - 1]!.end, words[i]!.start)
    // "Mr. Okafor", "Gen. Varga", "the U.N. council": the period of a short title or an initial ends nothing.
    return clauseGap.test(gap) && !(/^\.\s*$/.test(gap) && (abbreviations.has(words[i - 1]!.word) || words[i - 1]!.word.length === 1))
  }
  const capital = (i: number) => upperAt(text, words[i]!.start)
  const content = (i: number) => {
    const word = words[i]!.word
    return word.length > 3 && !light.has(word) && !auxiliaries.has(word) && !handoverVerbs.has(word) && !phraseEnd.has(word) && !capital(i) && !/ly$/.test(word) && !/\d/.test(word)
  }
  const out: Handover[] = []
  for (let v = 0; v < words.length; v++) {
    const verb = handoverVerbs.get(words[v]!.word)
    if (!verb || capital(v) || insideQuotation(text.slice(0, words[v]!.start))) continue
    const themeWords = new Map<string, string>()
    const theme = {add: (j: number) => themeWords.set(stemOf(words[j]!.word), words[j]!.word)}
    // Back to the clause's start: the subject of a passive ("the files were leaked") or the
    // noun a reduced relative hangs on ("the questions read to them"); an active verb's
    // subject ("the mayor has sent") is the giver, not what was given.
    let i = v - 1
    let passive = false
    while (i >= 0 && auxiliaries.has(words[i]!.word) && !breakBefore(i + 1)) {
      if (passiveAuxiliaries.has(words[i]!.word)) passive = true
      i--
    }
    const reduced = i === v - 1 && i >= 0 && !breakBefore(v) && content(i)
    const opensClause = i < 0 || breakBefore(i + 1) || words[i]!.word === 'and'
    if (passive || reduced) for (let j = i; j >= 0 && j > v - 1 - backReach && !breakBefore(j + 1); j--) if (content(j)) theme.add(j)
    // "The files, which …, were leaked": a passive with its subject far back is about the sentence's subject.
    if (passive && opensClause) {
      for (let j = 0; j < Math.min(words.length, backReach) && (j === 0 || !breakBefore(j)); j++) if (content(j)) theme.add(j)
    }
    let recipient: string | null = null
    const recipientWords = new Set<string>()
    let channel: string | null = null
    let agent = false
    let last = v
    for (let j = v + 1; j < words.length && j <= v + reach && !breakBefore(j); j++) {
      const rest = text.slice(words[j]!.start)
      const through = channels.find(([pattern]) => pattern.test(rest))
      if (through && channel === null) {
        channel = through[1]
        const end = words[j]!.start + through[0].exec(rest)![0].length
        while (j + 1 < words.length && words[j + 1]!.start < end) j++
        last = j
        // "during a meeting with Mr. Okafor the questions": the name the channel had is no end.
        if (words[j + 1]?.word === 'with') {
          j++
          while (j + 1 < words.length && (capital(j + 1) || titles.has(words[j + 1]!.word)) && !breakBefore(j + 1)) j++
        }
        continue
      }
      const word = words[j]!.word
      if (word === 'by' && auxiliaryBefore(v) && j + 1 < words.length && !breakBefore(j + 1)) {
        agent = true
        last = j = recipientPhrase(j + 1).indices.at(-1)!
        continue
      }
      // "shared the report with the council": sharing takes its recipient after "with".
      if ((word === 'to' || (word === 'with' && /^shar/.test(words[v]!.word))) && recipient === null && j + 1 < words.length && !breakBefore(j + 1) &&
        (recipientOpeners.has(words[j + 1]!.word) || capital(j + 1) || /['’]s$/.test(words[j + 1]!.word) || /(?:ers|ists|ors|ants|ents)$/.test(words[j + 1]!.word))) {
        const phrase = recipientPhrase(j + 1)
        if (phrase.head !== null && idiomaticTo.has(words[phrase.indices.at(-1)!]!.word)) break
        recipient = phrase.head
        for (const k of phrase.indices) recipientWords.add(stemOf(words[k]!.word))
        last = j = phrase.indices[phrase.indices.length - 1]!
        continue
      }
      if (phraseEnd.has(word) && word !== 'to' && word !== 'during' && word !== 'over' && word !== 'in' && word !== 'by') break
      if (content(j) && recipient === null) theme.add(j)
    }
    // A handover says to whom or how; a disclosure may say by whom instead ("were released by the board").
    if (recipient === null && channel === null && !(agent && verb.authority)) continue
    if (themeWords.size === 0) continue
    out.push({
      claim, at: words[v]!.start, verb: words[v]!.word, medium: verb.medium, authority: verb.authority,
      theme: new Set(themeWords.keys()), themeWords, agent, recipient, recipientWords, channel, value: text.slice(words[v]!.start, words[last]!.end)
    })
  }
  return out

  /** Whether an auxiliary stands right before the verb: a passive ("were released") or a perfect. */
  function auxiliaryBefore(v: number): boolean {
    return v > 0 && auxiliaries.has(words[v - 1]!.word) && !breakBefore(v)
  }

  /** The words of a recipient phrase from `from` to its end, and its stemmed head. */
  function recipientPhrase(from: number): {indices: number[], head: string | null} {
    const indices: number[] = []
    let head: string | null = null
    let headWord = ''
    for (let k = from; k < words.length && k < from + 6 && (k === from || !breakBefore(k)); k++) {
      const word = words[k]!.word
      if (phraseEnd.has(word) && k > from) break
      if (word === 'of' && collectiveHeads.has(headWord)) {
        head = null
        headWord = ''
        indices.push(k)
        continue
      }
      if (word === 'of') break
      indices.push(k)
      if (!recipientOpeners.has(word) && !/'s$/.test(word)) {
        head = stemOf(word)
        headWord = word
      }
    }
    return {indices: indices.length > 0 ? indices : [from], head}
  }
}
