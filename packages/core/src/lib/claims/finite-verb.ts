import {finiteAuxiliaries, irregularPasts} from './clause-words.js'
import {reportingVerbs} from './reporting-verbs.js'

/** A finite verb: an auxiliary, a reporting verb, a common irregular past or a regular "-ed" past. */
export function isFinite(word: string): boolean {
  const w = word.toLowerCase()
  return finiteAuxiliaries.has(w) || irregularPasts.has(w) || reportingVerbs.has(w) || (/^\p{Ll}{3,}ed$/u.test(w) && !pastParticipleAdjectives.has(w))
}

/** "-ed" words that mostly stand as adjectives before a noun ("the retired judge", "a limited budget"). */
const pastParticipleAdjectives = new Set(['retired', 'limited', 'united', 'elected', 'related', 'detailed', 'advanced', 'armed', 'unnamed', 'alleged', 'renewed', 'expected', 'proposed', 'planned', 'continued', 'increased', 'reduced', 'combined', 'required', 'classified', 'married', 'concerned', 'supposed', 'so-called'])
