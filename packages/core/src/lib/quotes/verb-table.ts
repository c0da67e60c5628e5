/**
 * Verb tables by lemma: every regular form (base, -s, -ed, -ing) and the irregular
 * ones listed after a `|` ("say|said") mapped to the lemma, for the speech and the
 * attitude vocabularies alike.
 */

/** How regular forms are made. */
export interface InflectOptions {
  /** Double a final consonant after one short vowel (plan → planned, planning). */
  readonly doubling?: boolean
  /** Keep a final "ee" before -ing (agree → agreeing). */
  readonly keepEe?: boolean
}

/** Every form of every lemma (`"lemma"` or `"lemma|irregular,forms"`), mapped to its lemma. */
export function verbTable(lemmas: readonly string[], options: InflectOptions = {}): Map<string, string> {
  const forms = new Map<string, string>()
  for (const entry of lemmas) {
    const [lemma, irregular] = entry.split('|') as [string, string | undefined]
    for (const form of inflect(lemma, options)) forms.set(form, lemma)
    if (irregular) for (const form of irregular.split(',')) forms.set(form, lemma)
  }
  return forms
}

/** Regular forms: base, -s, -ed, -ing (say → says; note → noted, noting; deny → denies). */
function inflect(lemma: string, {doubling = false, keepEe = false}: InflectOptions): string[] {
  const stem = lemma.endsWith('e') && !(keepEe && lemma.endsWith('ee')) ? lemma.slice(0, -1) : lemma
  const y = /[^aeiou]y$/.test(lemma)
  const s = y ? lemma.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z|o)$/.test(lemma) ? lemma + 'es' : lemma + 's'
  const double = doubling && /^[^aeiou]*[aeiou][bdgmnpt]$/.test(lemma) ? lemma + lemma.slice(-1) : stem
  const ed = y ? lemma.slice(0, -1) + 'ied' : lemma.endsWith('e') ? lemma + 'd' : double + 'ed'
  return [lemma, s, ed, double + 'ing']
}
