import type {ClaimEntity} from '../claims/types.js'
import {memberWith} from './conflict-member.js'
import {light} from './stance-proposition.js'
import {wordsOf} from './slot-values.js'
import {stemOf} from './stem-of.js'
import type {Conflict, StoryClaim} from './types.js'

/** A person named in a claim: the cross-article id, the name as written, its article offsets. */
export interface PersonSpan {
  id: string
  name: string
  start: number
  end: number
}

/** The people of a claim, with their offsets; `ids` are the entities' cross-article ids, in the same order. */
export function personSpansOf(entities: readonly ClaimEntity[], ids: readonly string[]): PersonSpan[] {
  const out: PersonSpan[] = []
  for (let i = 0; i < entities.length; i++) {
    const entity = entities[i]!
    if (entity.kind !== 'person') continue
    const id = ids[i]!
    for (const mention of entity.mentions) out.push({id, name: mention.text, start: mention.start, end: mention.end})
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Verbs by which one person asks another to do or tell something: the request and
 * inquiry classes of VerbNet 3.4 (inquire-37.1.2: ask, inquire, question; beg-58.2:
 * beg, implore, plead, request, urge; order-60: order, instruct, command, direct), in
 * their inflected forms. One class: outlets tell one request with any of them.
 */
const requesting = /^(?:ask|asks|asked|asking|inquired|questioned|begged|implored|pleaded|requested|requesting|urged|urging|ordered|ordering|instructed|commanded|directed)$/
/** Quicker than reading words: where `requesting` can match. */
const gate = /(?:ask|inquired|questioned|begged|implored|pleaded|request|urg|order|instructed|commanded|directed)/i
/** What may stand between the asker's name and the verb ("Okafor *allegedly* asked"). */
const beforeVerb = /^\s*(?:\p{Ll}+ly\s+)?$/u
/** What may stand between the verb and the asked person's name ("asked *Mr.* Vel"). */
const afterVerb = /^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u
/** Object pronouns for the asked person, read as the one other person named before the asker. */
const pronoun = /^\s*(him|her)(?![\p{L}])/u
/** Content words read after the asked person, in that sentence: what was asked. */
const themeReach = 12
/** Words of what was asked the two frames must share. */
const minimumTheme = 2

/** One request in one sentence: who asked, who was asked, what about. */
interface Frame {
  claim: StoryClaim
  agent: PersonSpan
  patient: string
  theme: Set<string>
}

/**
 * Who-did-what-to-whom: one request told with different askers. Two outlets' sentences
 * in which a named person asks, urges or orders another (the same person in both,
 * named or as "him"/"her") about the same thing (two content words shared in what
 * follows), with different askers, and neither outlet also gives the request to the
 * other's asker: "Dana Okafor asked Vel whether the talk was private" against "Sara
 * Lund asked him to keep the talk private". Frames are read from the names right
 * around a request verb, never from a parse.
 */
export function findAgentConflicts(claims: readonly StoryClaim[], peopleOf: (claim: StoryClaim) => readonly PersonSpan[]): Array<Omit<Conflict, 'id'>> {
  const frames: Frame[] = []
  // Walked by `forEach`, each claim in a function of its own: a loop of this function's
  // own, run once per story, was compiled on-stack with the body inlined for each large one.
  claims.forEach(addFrames, {peopleOf, frames})
  // Copies of one sentence (syndicated or repeated text) make one frame; each is paired
  // with the frames of its asked person only, never with every frame.
  const byFile = new Map<string, Frame[]>()
  const distinct = new Map<string, Frame>()
  const byPatient = new Map<string, Frame[]>()
  for (const frame of frames) {
    let list = byFile.get(frame.claim.file)
    if (!list) byFile.set(frame.claim.file, list = [])
    list.push(frame)
    const key = `${frame.agent.id}\u0000${frame.patient}\u0000${frame.claim.text}`
    if (distinct.has(key)) continue
    distinct.set(key, frame)
    let same = byPatient.get(frame.patient)
    if (!same) byPatient.set(frame.patient, same = [])
    same.push(frame)
  }
  // Whether an outlet also gives the request (what `theme` asks) to `agent`.
  const alsoGiven = (file: string, agent: string, patient: string, theme: ReadonlySet<string>) =>
    (byFile.get(file) ?? []).some((f) => f.agent.id === agent && f.patient === patient && overlap(f.theme, theme).length >= minimumTheme)
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const same of byPatient.values()) {
    for (let i = 0; i < same.length; i++) {
      for (let j = i + 1; j < same.length; j++) {
        const a = same[i]!
        const b = same[j]!
        if (a.claim.file === b.claim.file || a.agent.id === b.agent.id) continue
        const shared = overlap(a.theme, b.theme)
        if (shared.length < minimumTheme) continue
        if (alsoGiven(b.claim.file, a.agent.id, a.patient, a.theme) || alsoGiven(a.claim.file, b.agent.id, b.patient, b.theme)) continue
        out.push({
          kind: 'event', group: null, confidence: 0.5 + Math.min(0.1, (shared.length - minimumTheme) * 0.05),
          reason: `two outlets tell one request to the same person (sharing ${shared.join(', ')}) with different people asking: ${a.agent.name} vs ${b.agent.name}`,
          summary: `who asked: ${a.agent.name} vs ${b.agent.name}`,
          members: [memberWith(a.claim, a.agent.name), memberWith(b.claim, b.agent.name)]
        })
      }
    }
  }
  return out
}

/**
 * The stems of `a` that stand in `b`, alike or one the other's root ("discus" from
 * "discuss", "discuss" from "discussion": the crude stem cuts an "s" the noun keeps).
 */
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  return [...a].filter((stem) => b.has(stem) || (stem.length >= 5 && [...b].some((other) => other.length >= 5 && (other.startsWith(stem) || stem.startsWith(other)))))
}

/** The request frames of one claim (`findAgentConflicts`), appended to `frames`. */
function addFrames(this: {peopleOf: (claim: StoryClaim) => readonly PersonSpan[], frames: Frame[]}, claim: StoryClaim): void {
  const {peopleOf, frames} = this
  // Cheap gate: most sentences hold no request verb.
  if (!gate.test(claim.text)) return
  const people = peopleOf(claim)
  if (people.length < 2 && !/\b(?:him|her)\b/.test(claim.text)) return
  const words = wordsOf(claim.text)
  const named = new Set(people.flatMap((p) => wordsOf(p.name).map((w) => w.word)))
  for (let i = 0; i < words.length; i++) {
    if (!requesting.test(words[i]!.word)) continue
    const at = claim.start + words[i]!.start
    const after = claim.start + words[i]!.end
    const agent = people.findLast((p) => p.end <= at && beforeVerb.test(claim.text.slice(p.end - claim.start, at - claim.start)))
    if (!agent) continue
    let patient = people.find((p) => p.start >= after && afterVerb.test(claim.text.slice(after - claim.start, p.start - claim.start)))
    let themeFrom = patient ? patient.end - claim.start : -1
    if (!patient) {
      const object = pronoun.exec(claim.text.slice(after - claim.start))
      // "Vel says Okafor asked him": the one other person named before the asker.
      const earlier = people.filter((p) => p.id !== agent.id && p.end <= agent.start)
      if (!object || new Set(earlier.map((p) => p.id)).size !== 1) continue
      patient = earlier[0]!
      themeFrom = after - claim.start + object[0].length
    }
    if (patient.id === agent.id) continue
    const theme = new Set(wordsOf(claim.text.slice(themeFrom)).slice(0, themeReach)
      .filter((w) => w.word.length > 3 && !light.has(w.word) && !named.has(w.word)).map((w) => stemOf(w.word)))
    frames.push({claim, agent, patient: patient.id, theme})
  }
}
