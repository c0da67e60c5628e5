/**
 * Word lists for telling a clause from a phrase when a sentence is split into
 * propositions: what can open a clause's subject, and the finite verbs that show a
 * clause has begun. General English grammar (function words and the common irregular
 * past tenses, as listed in any English grammar's table of irregular verbs).
 */

/** Subject pronouns that open a clause of their own ("… and she resigned"). */
export const clausePronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that', 'there'])

/** Determiners that open a subject noun phrase ("… and the council approved"). */
export const subjectDeterminers: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that', 'these', 'those', 'some', 'many', 'most', 'several', 'both', 'all', 'no', 'each', 'every', 'another', 'other'])

/** Auxiliaries and modals: a finite verb of their own ("… and Okafor has resigned", "… but the vote will wait"). */
export const finiteAuxiliaries: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'shall'])

/** Common irregular past tenses, which carry no "-ed" (from the standard table of English irregular verbs). */
export const irregularPasts: ReadonlySet<string> = new Set([
  'began', 'became', 'broke', 'brought', 'built', 'bought', 'came', 'caught', 'chose', 'cut', 'drew', 'drove', 'fell', 'felt',
  'fought', 'found', 'fled', 'flew', 'forgot', 'gave', 'got', 'grew', 'held', 'hid', 'hit', 'hung', 'kept', 'knew', 'laid',
  'led', 'left', 'lent', 'let', 'lost', 'made', 'meant', 'met', 'paid', 'put', 'quit', 'ran', 'rang', 'read', 'rose', 'said',
  'sat', 'saw', 'sent', 'set', 'shot', 'shut', 'sold', 'sought', 'spent', 'spoke', 'stood', 'stole', 'struck', 'swore', 'took',
  'taught', 'thought', 'threw', 'told', 'understood', 'went', 'withdrew', 'won', 'wrote'
])

/** Words that join two clauses into one sentence, each clause a fact of its own. */
export const clauseJoiners: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet'])
