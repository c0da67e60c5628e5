import {forEachAlignedPair, readByText, type GroupPairContext} from './aligned-pairs.js'
import {memberWith} from './conflict-member.js'
import type {ClaimGroup, Conflict, StoryClaim} from './types.js'

/**
 * A clock time: "3 p.m.", "10:30 am", "noon", "midnight", with the word before it (a
 * qualifier: "at", "about", "by", "until"…) and a time zone after it, if any.
 */
const clock = /(?:(\p{L}+)\s+)?(?:(?<![\p{N}:.])(\d{1,2})(?::(\d{2}))?\s*([apAP])\.?\s?[mM]\.?(?![\p{L}])|(?<![\p{L}])([Nn]oon|[Mm]idnight)(?![\p{L}]))(?:\s+(local\s+time|[A-Z]{2,4}(?![\p{L}])))?/gu

/** Words before a time that make it a bound or a range, not the time of the fact: "by 5 p.m.", "until noon". */
const bounds = new Set(['by', 'before', 'after', 'until', 'till', 'since', 'from', 'to', 'between', 'and', 'through', 'past', 'than'])
/** Words before a time that make it approximate: "about 3 p.m.". */
const approximate = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'circa', 'shortly', 'just'])

/** Minutes apart within which an approximate time still meets another. */
const slack = 30
/** Words and entities a pair must share besides the time, to be one fact. */
const minimumShared = 3

/** One clock time of a sentence, in minutes after midnight. */
interface Clock {
  minutes: number
  text: string
  approximate: boolean
  zone: string
}

/**
 * Times of day that cannot both hold, in aligned facts: two outlets put one fact at
 * different clock times ("the protest began at 3 p.m." / "started at 5 p.m."). Each
 * member must give exactly one time (two times make a range or two events), not as a
 * bound ("by 5 p.m.", "until noon"), in the same time zone (or neither naming one);
 * an approximate time ("about 3 p.m.") meets any within half an hour. The pair must
 * share three words or entities besides the time, and dates that differ make two
 * facts, not one. Depends on claim groups to align the facts.
 */
export function findTimeConflicts(groups: readonly ClaimGroup[], context: GroupPairContext): Array<Omit<Conflict, 'id'>> {
  const out: Array<Omit<Conflict, 'id'>> = []
  forEachAlignedPair(groups, readByText(onlyClock), (a, b, ta, tb, group) => {
    if (ta.zone !== tb.zone || meets(ta, tb) || !sameDay(a, b)) return
    if (context.shared(a, b) < minimumShared) return
    const similarity = context.similarity(a, b)
    out.push({
      kind: 'date', group: group.id, confidence: Math.round(Math.min(0.9, 0.3 + similarity * 0.6) * 100) / 100,
      reason: `aligned sentences (similarity ${similarity.toFixed(2)}) put the fact at times of day that do not meet`,
      summary: `time: ${ta.text} vs ${tb.text}`,
      members: [memberWith(a, ta.text), memberWith(b, tb.text)]
    })
  })
  return out
}

/** The one clock time of a sentence that is not a bound; null when none, several, or a bound. */
function onlyClock(text: string): Clock | null {
  if (!/\d\s*[ap]\.?\s?m|noon|midnight/i.test(text)) return null
  const found: Clock[] = []
  for (const match of text.matchAll(clock)) {
    const before = (match[1] ?? '').toLowerCase()
    if (bounds.has(before)) return null
    let minutes: number
    if (match[5]) minutes = match[5].toLowerCase() === 'noon' ? 12 * 60 : 0
    else {
      const hour = Number(match[2])
      if (hour < 1 || hour > 12) return null
      minutes = (hour % 12) * 60 + Number(match[3] ?? 0) + (match[4]!.toLowerCase() === 'p' ? 12 * 60 : 0)
    }
    const start = match[1] ? match[0].indexOf(match[1]) + match[1].length : 0
    found.push({minutes, text: match[0].slice(start).trim(), approximate: approximate.has(before), zone: (match[6] ?? '').toLowerCase()})
  }
  return found.length === 1 ? found[0]! : null
}

/** Whether two times can both hold: equal, or within the slack when either is approximate. */
function meets(a: Clock, b: Clock): boolean {
  const apart = Math.abs(a.minutes - b.minutes)
  return apart === 0 || ((a.approximate || b.approximate) && apart <= slack)
}

/** Whether two sentences may be of one day: neither dated, or dated alike. */
function sameDay(a: StoryClaim, b: StoryClaim): boolean {
  const da = a.dates.filter((d) => d.from).map((d) => d.from).sort().join()
  const db = b.dates.filter((d) => d.from).map((d) => d.from).sort().join()
  return da === '' || db === '' || da === db
}
