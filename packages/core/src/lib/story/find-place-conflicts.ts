import type {ClaimEntity} from '../claims/types.js'
import type {Mention} from './event-mentions.js'
import {stemOf} from './stem-of.js'
import {wordsOf} from './slot-values.js'
import type {Conflict, StoryClaim} from './types.js'
import {memberWith} from './conflict-member.js'
import {escapeRegExp} from '../escape-reg-exp.js'
import {pushTo} from '../push-to.js'

/** A place a claim names: its cross-article id, its name and its offsets in the article. */
export interface PlaceSpan {
  id: string
  name: string
  start: number
  end: number
}

/**
 * What may stand between an event word and the place it happened in: up to two words
 * of its own phrase ("the strike *late Monday* in Varik"), then a locative preposition.
 * A preposition or clause word among them gives the place to something else ("talks
 * *with leaders* in Varik", "the attack *that* followed in Marle").
 */
const locative = /^\s+(?:([\p{L}\p{N}'’-]+)\s+){0,2}?(?:in|at|near|outside)\s+(?:the\s+)?$/iu
const notOwnPhrase = new Set(['to', 'with', 'from', 'by', 'of', 'for', 'on', 'against', 'into', 'over', 'about', 'that', 'which', 'who', 'when',
  'after', 'before', 'while', 'and', 'or', 'but', 'as', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'said', 'says'])
/** Content stems two sentences must share, place names aside, to tell one event. */
const minimumShared = 3

/** The places of a claim, with their offsets, for event places. */
export function placeSpansOf(entities: readonly ClaimEntity[], idOf: (entity: ClaimEntity) => string): PlaceSpan[] {
  const out: PlaceSpan[] = []
  for (const entity of entities) {
    if (entity.kind !== 'place') continue
    const id = idOf(entity)
    for (const mention of entity.mentions) out.push({id, name: mention.text, start: mention.start, end: mention.end})
  }
  return out
}

/** The place an event mention is put in ("the fire *in Riverton*"), or null. */
function placeOf(mention: Mention, places: readonly PlaceSpan[]): PlaceSpan | null {
  const text = mention.claim.text
  const base = mention.claim.start
  let best: PlaceSpan | null = null
  for (const place of places) {
    if (place.start < mention.end || place.start - mention.end > 40) continue
    const gap = text.slice(mention.end - base, place.start - base)
    const match = locative.exec(gap)
    if (!match) continue
    if (wordsOf(gap).slice(0, -1).some((w) => notOwnPhrase.has(w.word))) continue
    if (!best || place.start < best.start) best = place
  }
  return best
}

/**
 * Place conflicts: one event put in different places by different outlets ("the fire
 * in Riverton" / "the fire in Marle"). Two mentions of one kind of event are one event
 * when they share a word of the event's phrase and three content stems of their
 * sentences, place names aside, and are not dated to different days. An outlet that
 * puts the event in two places (a town and its region) is left out, and so is a pair
 * where either outlet names the other's place anywhere in the story: it may be the
 * region that holds the town, or a second event it also reports.
 */
export function findPlaceConflicts(claims: readonly StoryClaim[], mentions: readonly Mention[], placesOf: (claim: StoryClaim) => readonly PlaceSpan[]): Array<Omit<Conflict, 'id'>> {
  const placed: Placed[] = []
  for (const mention of mentions) {
    if (mention.serial) continue
    const places = placesOf(mention.claim)
    if (places.length === 0) continue
    const place = placeOf(mention, places)
    if (!place) continue
    const placeWords = new Set(wordsOf(places.map((p) => p.name).join(' ')).map((w) => stemOf(w.word)))
    const stems = new Set(wordsOf(mention.claim.text).filter((w) => w.word.length > 3).map((w) => stemOf(w.word)).filter((stem) => !placeWords.has(stem)))
    const args = new Set([...mention.args].map(stemOf).filter((stem) => !placeWords.has(stem)))
    placed.push({mention, place, stems, args})
  }
  if (placed.length < 2) return []
  // Every place each outlet names anywhere in the story (by id, and by name in its text,
  // which also finds a place the entity finder typed otherwise), read only when a pair is found.
  const namedIn = new Map<string, {ids: Set<string>, text: string}>()
  const namesIn = (file: string, place: PlaceSpan) => {
    let named = namedIn.get(file)
    if (!named) {
      const own = claims.filter((claim) => claim.file === file)
      namedIn.set(file, named = {ids: new Set(own.flatMap((claim) => placesOf(claim).map((span) => span.id))), text: own.map((claim) => claim.text).join('\n')})
    }
    return named.ids.has(place.id) || new RegExp(`(?<![\\p{L}])${escapeRegExp(place.name)}(?![\\p{L}])`, 'u').test(named.text)
  }
  // Pairs come from buckets of one kind and one word of the event's phrase, never from every pair.
  const buckets = new Map<string, number[]>()
  placed.forEach((entry, index) => {
    for (const stem of entry.args) {
      pushTo(buckets, `${entry.mention.kind}\u0000${stem}`, index)
    }
  })
  const out: Array<Omit<Conflict, 'id'>> = []
  const seen = new Set<string>()
  const tried = new Set<number>()
  for (const list of buckets.values()) {
    if (list.length < 2 || list.length > maximumBucket) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!
        const j = list[y]!
        const pair = i * placed.length + j
        if (tried.has(pair)) continue
        tried.add(pair)
        const conflict = pairConflict(placed[i]!, placed[j]!, placed, namesIn, seen)
        if (conflict) out.push(conflict)
      }
    }
  }
  return out
}

/** Events of one kind sharing one phrase word in more sentences than this are too common to align by. */
const maximumBucket = 200

type Placed = {mention: Mention, place: PlaceSpan, stems: Set<string>, args: Set<string>}

/** The place conflict of two placed mentions, if they tell one event in two places. */
function pairConflict(a: Placed, b: Placed, placed: readonly Placed[], namesIn: (file: string, place: PlaceSpan) => boolean, seen: Set<string>): Omit<Conflict, 'id'> | null {
  if (a.mention.claim.file === b.mention.claim.file || a.place.id === b.place.id) return null
  if (a.mention.days.length > 0 && b.mention.days.length > 0 && !a.mention.days.some((day) => b.mention.days.includes(day))) return null
  const shared = [...a.stems].filter((stem) => b.stems.has(stem))
  if (shared.length < minimumShared) return null
  if (namesIn(a.mention.claim.file, b.place) || namesIn(b.mention.claim.file, a.place)) return null
  if (twoPlaces(placed, a) || twoPlaces(placed, b)) return null
  const key = [a.mention.kind, ...[a.place.id, b.place.id].sort(), ...[a.mention.claim.file, b.mention.claim.file].sort()].join('\u0000')
  if (seen.has(key)) return null
  seen.add(key)
  const kind = a.mention.kind
  const word = a.mention.claim.text.slice(a.mention.start - a.mention.claim.start, a.mention.end - a.mention.claim.start).toLowerCase()
  return {
    kind: 'place', group: null, confidence: Math.min(0.7, 0.35 + shared.length * 0.05),
    reason: `the same ${word} (${kind}; sentences share ${shared.slice(0, 5).join(', ')}) is put in ${a.place.name} by one outlet and ${b.place.name} by another, and neither names the other's place`,
    summary: `${word}: ${a.place.name} vs ${b.place.name}`,
    members: [memberWith(a.mention.claim, a.place.name), memberWith(b.mention.claim, b.place.name)]
  }
}

/** Whether the outlet of `entry` puts an event of its kind, told with a shared word, in another place too. */
function twoPlaces(placed: readonly Placed[], entry: Placed): boolean {
  return placed.some((other) => other.mention.claim.file === entry.mention.claim.file && other.mention.kind === entry.mention.kind &&
    other.place.id !== entry.place.id && [...other.args].some((stem) => entry.args.has(stem)))
}
