import type {FrameToken} from './frame.js'
import {sentenceWindow, type Attribution} from './attribution.js'
import {cueAfter} from './cue-after.js'
import {cueBefore} from './cue-before.js'
import {cueLater} from './cue-later.js'
import {passiveAgent} from './passive-agent.js'
import {relativeNaming} from './relative-naming.js'
import {namingVerbs, outerLemmas, reportingVerbs} from './reporting-verbs.js'

/**
 * Find who a quote is attributed to, from the tokens of its block (`q` is the
 * quote's token). In order: a cue right after the quote (`“…,” Marinov said`,
 * `said Marinov`, `“…” —Name`, `according to`), a colon intro (`He added: ‘…”`,
 * `And from Chairwoman X: “…”`), a reporting verb before the quote in its
 * sentence (the outermost one of the clause, unless the nearest is a naming verb
 * such as "called"; a participle or a coordinated verb takes the clause's
 * subject), `according to X`, `by X as “…”`, and last a parenthetical later in
 * the sentence (`…“positive” call on Monday, the White House said`).
 */
export function findAttribution(tokens: readonly FrameToken[], q: number): Attribution | null {
  const [lo, hi] = sentenceWindow(tokens, q)
  // A cue right after the quote wins, even over a verb before it ("Marinov called it
  // “constructive,” TASS reported" is TASS's report, as attribution corpora read it).
  // "under what Ms. Adler called “a rushed timetable,” the board closed": the naming clause owns its object.
  const naming = relativeNaming(tokens, q, lo)
  if (naming) return naming
  const after = cueAfter(tokens, q, hi)
  if (after) return after
  // "has been called “a quiet retreat” by Sara Lund": the agent of a passive report.
  const agent = passiveAgent(tokens, q)
  if (agent) return agent
  const before = cueBefore(tokens, q, lo)
  if (!before || (before.cue.type === 'verb' && !speechCue(tokens, before, lo, hi))) {
    // "The agency did not find “ties of any consequence,” …, said its director, Lena
    // Park": a reporting clause that closes the sentence owns it, over a verb of
    // finding or signalling before the quote, which is no speech of its own.
    const later = cueLater(tokens, q, hi)
    if (later && (!before || (later.cue.type === 'verb' && speechCue(tokens, later, lo, hi)))) return later
  }
  return before
}

/** Whether a verb cue is a verb of speech or naming ("said", "called"), not of finding or signalling. */
function speechCue(tokens: readonly FrameToken[], attribution: Attribution, lo: number, hi: number): boolean {
  let lemma: string | undefined
  for (let k = lo; k <= hi; k++) if (tokens[k]!.start === attribution.cue.start) { lemma = reportingVerbs.get(tokens[k]!.lower); break }
  return lemma !== undefined && (outerLemmas.has(lemma) || namingVerbs.has(lemma))
}
