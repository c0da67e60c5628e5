/**
 * Reporting verbs that give a statement to a source ("X said", "said X"), used to
 * find reported speech when `findQuotes` gives no quote for a sentence. Past and
 * present forms; lower case.
 */
export const reportingVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'claimed', 'claims',
  'argued', 'argues', 'insisted', 'insists', 'noted', 'notes', 'warned', 'warns',
  'announced', 'announces', 'confirmed', 'confirms', 'reported', 'reports', 'wrote', 'writes',
  'explained', 'explains', 'asserted', 'asserts', 'maintained', 'maintains', 'acknowledged',
  'acknowledges', 'admitted', 'admits', 'alleged', 'alleges', 'accused', 'accuses',
  'denied', 'denies', 'suggested', 'suggests', 'predicted', 'predicts', 'estimated',
  'estimates', 'believes', 'believed', 'thinks', 'thought', 'stressed', 'stresses',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'tweeted', 'posted', 'declared',
  'declares', 'revealed', 'reveals', 'indicated', 'indicates', 'contended', 'contends',
  'described', 'describes', 'called', 'calls', 'urged', 'urges', 'vowed', 'vows',
  'promised', 'promises', 'pointed', 'recalled', 'observed', 'replied', 'responded',
  'countered', 'agreed', 'disputed', 'dismissed', 'rejected', 'refuted'
])

/** Words that may sit between a subject and its reporting verb ("Dornik also said", "has said"). */
export const verbFillers: ReadonlySet<string> = new Set([
  'also', 'later', 'then', 'has', 'had', 'have', 'previously', 'earlier', 'repeatedly',
  'again', 'further', 'publicly', 'strongly', 'reportedly', 'separately', 'on', 'once', 'has'
])
