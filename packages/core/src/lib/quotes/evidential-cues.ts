/**
 * Evidential words: the writer reports a proposition on evidence or hearsay without
 * naming who holds it ("the sale is expected to close", "Okafor reportedly met
 * the board", "the plan seems to work"). Attribution corpora count the clause as
 * an attribution with no source.
 *
 * Drawn from VerbNet 3.x seem-109.1 (seem, appear) and the FrameNet frames
 * Evidence, Likelihood and Reporting: the raising verbs and the passives of
 * cognition and report verbs that take an infinitive ("is expected to", "is
 * believed to", "is said to"), and the hearsay adverbs.
 */

/** Raising verbs whose subject and infinitive are the proposition ("seems to", "appeared to"). */
export const raisingVerbs: ReadonlyMap<string, string> = new Map([
  ['seem', 'seem'], ['seems', 'seem'], ['seemed', 'seem'],
  ['appear', 'appear'], ['appears', 'appear'], ['appeared', 'appear']
])

/** Past participles that after "is/are/was/were" and before "to" report hearsay or expectation. */
export const evidentialPassives: ReadonlySet<string> = new Set([
  'expected', 'believed', 'thought', 'said', 'reported', 'rumored', 'rumoured', 'alleged',
  'understood', 'known', 'considered', 'projected', 'predicted', 'estimated', 'presumed'
])

/** Forms of "be" before an evidential participle. */
export const beForms: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s'])

/**
 * Adverbs that mark their clause as hearsay ("Okafor reportedly met the board"):
 * WordNet 3.1 glosses each as "according to reports", "according to what has been
 * alleged" or "believed or reputed to be". On PolNeAR train their clauses, read
 * from the subject before them, matched odd 5 of 13 and even 7 of 10 added finds.
 */
export const hearsayAdverbs: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'reputedly', 'supposedly'])
