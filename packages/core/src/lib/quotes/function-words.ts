/**
 * Closed-class words the attribution rules walk over or stop at. Lower case.
 */

/** Words that open a noun phrase; a backward walk includes them and stops. */
export const determiners: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those',
  'some', 'many', 'several', 'one', 'two', 'three', 'other', 'another', 'both', 'all', 'each',
  'most', 'few', 'no', 'any', 'such', 'every', 'either', 'neither', 'numerous', 'multiple'
])

/** Personal pronouns that can be the subject of a reporting verb. */
export const subjectPronouns: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you'])

/** A subject pronoun, also with a contracted auxiliary ("he's said", "they've argued"), else null. */
export function subjectPronounOf(lower: string): string | null {
  if (subjectPronouns.has(lower)) return lower
  const bare = lower.replace(/[’'](?:s|ve|d|ll|re|m)$/, '')
  return bare !== lower && subjectPronouns.has(bare) ? bare : null
}

/** Possessive pronouns and the subject pronoun each stands for ("his call for …": he). */
export const possessivePronouns: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']])

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
export const verbModifiers: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'did',
  'does', 'do', 'also', 'later', 'then', 'again', 'previously', 'further', 'once', 'since', 'now',
  'reportedly', 'allegedly', 'publicly', 'privately', 'repeatedly', 'recently', 'earlier', 'often',
  'already', 'still', 'even', 'himself', 'herself', 'themselves', 'itself', 'too', 'never', 'not',
  'first', 'last', 'ultimately', 'quickly', 'flatly', 'subsequently', 'separately', 'immediately',
  'simply', 'just', 'initially', 'originally', 'yesterday', 'today', 'tonight', 'meanwhile', 'however',
  'instead', 'though', 'nonetheless', 'nevertheless', 'likewise', 'similarly', 'too', 'indeed', 'again',
  'always', 'both', 'all', 'each', 'long', 'consistently', 'openly', 'frequently', 'once', 'ago'
])

/** Time words that may stand between a subject and its verb ("Tallman later Thursday told"). */
export const timeWords: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'afternoon',
  'evening', 'night', 'week', 'weekend', 'month', 'year', 'on', 'this', 'last', 'late', 'early', 'next'
])

/** Words that open a subordinate clause ("when he claimed …"): a cue inside it owns its quote. */
export const subordinators: ReadonlySet<string> = new Set(['despite', 'when', 'after', 'before', 'because', 'since', 'if', 'where', 'while', 'although', 'though', 'whereas', 'once', 'unless', 'until', 'whenever'])

/** Words a noun phrase never contains: prepositions, conjunctions, verbs, object pronouns. */
export const phraseBreakers: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'from', 'with', 'by', 'after', 'before', 'during', 'into', 'over', 'under',
  'about', 'against', 'between', 'through', 'via', 'per', 'for', 'of', 'as', 'than', 'like', 'upon',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas', 'if',
  'when', 'since', 'that', 'which', 'who', 'whom', 'whose', 'where', 'what', 'why', 'how', 'whether',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', 'not', 'him', 'them', 'us',
  'me', 'also', 'then', 'there', 'here', 'just', 'only', 'even', 'still', 'now', 'said', 'says',
  'told', 'according', 'until', 'unless', 'once', 'too', 'very', 'more', 'less', 'most', 'out', 'up',
  'without', 'meanwhile', 'later', 'earlier', 'however', 'instead', 'moreover', 'yesterday', 'today',
  'finally', 'separately', 'indeed', 'thus', 'again', 'therefore', 'otherwise', 'besides', 'across',
  'around', 'toward', 'towards', 'amid', 'among', 'despite', 'within', 'behind', 'above', 'below'
])

/** Words after a comma that start a new clause: a cue before them does not reach past. */
export const clauseOpeners: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though', 'yet', 'however'])

/** Forms of "be" that make the next participle passive ("was stated", "been agreed"). */
export const passiveMarkers: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'it’s', "it's"])

/** Irregular past forms ("but took aim", "but found"). */
export const pastForms: ReadonlySet<string> = new Set(['took', 'found', 'made', 'gave', 'went', 'came', 'held', 'kept', 'left', 'said', 'told', 'wrote', 'thought', 'felt', 'saw', 'knew', 'got', 'put', 'set', 'led', 'met', 'sent', 'spent', 'won', 'lost', 'ran', 'stood', 'sought', 'brought', 'began', 'became', 'did', 'had', 'was', 'were'])

/** Whether a word may be a past form: an irregular past, or a regular "-ed" ("signed"; not "freed"). */
export function looksPast(lower: string): boolean {
  return pastForms.has(lower) || /[^e]ed$/.test(lower)
}

/** Auxiliaries and modals that open a clause's predicate ("… would", "… has"). */
export const clauseAuxiliaries: ReadonlySet<string> = new Set(['could', 'would', 'will', 'was', 'is', 'were', 'are', 'had', 'has', 'have', 'should', 'might', 'must', 'can', 'may'])

/** Finite forms that show a phrase before them is a clause's subject: the auxiliaries, "did" and "does". */
export const finiteWords: ReadonlySet<string> = new Set([...clauseAuxiliaries, 'did', 'does'])
