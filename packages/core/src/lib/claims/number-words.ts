/** Cardinal number words and their values (lower case). "a" and "an" are never numbers here. */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['dozen', 12] // "a dozen", "two dozen"
])

/** Words that multiply what comes before them. "bn", "tn", "mn" are newsroom abbreviations. */
export const scaleWords: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['bn', 1e9], ['tn', 1e12], ['mn', 1e6]
])

/**
 * Plural words that stand for a vague lower bound: "dozens of", "hundreds of".
 * Read as "more than" the base value (dozens > 12) and marked approximate.
 */
export const vagueNumbers: ReadonlyMap<string, number> = new Map([
  ['dozens', 12], ['scores', 20], ['hundreds', 100], ['thousands', 1e3], ['millions', 1e6], ['billions', 1e9]
])

/** Fraction words: "half", "a third", "two-thirds", "three quarters". Value of one part. */
export const fractionWords: ReadonlyMap<string, number> = new Map([
  ['half', 1 / 2], ['halves', 1 / 2], ['third', 1 / 3], ['thirds', 1 / 3], ['quarter', 1 / 4],
  ['quarters', 1 / 4], ['fourth', 1 / 4], ['fourths', 1 / 4], ['fifth', 1 / 5], ['fifths', 1 / 5],
  ['tenth', 1 / 10], ['tenths', 1 / 10]
])

/** Currency signs and words to ISO 4217 codes. "$" is read as US dollars: a known limit for other dollars. */
export const currencies: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['us$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₽', 'RUB'], ['₹', 'INR'],
  ['dollar', 'USD'], ['dollars', 'USD'], ['euro', 'EUR'], ['euros', 'EUR'], ['pound', 'GBP'],
  ['pounds', 'GBP'], ['ruble', 'RUB'], ['rubles', 'RUB'], ['rouble', 'RUB'], ['roubles', 'RUB'],
  ['yuan', 'CNY'], ['yen', 'JPY'], ['rupee', 'INR'], ['rupees', 'INR'], ['hryvnia', 'UAH'], ['hryvnias', 'UAH']
])

/**
 * Nouns after "one" that make it an idiom or a pronoun, not a count: "one reason
 * is", "one day", "at one point", "one way or another", "on the one hand". From the
 * "one" entries of Merriam-Webster's and Wiktionary's idiom lists.
 */
export const oneIdiomNouns: ReadonlySet<string> = new Set([
  'reason', 'thing', 'way', 'day', 'time', 'point', 'hand', 'another', 'question', 'problem', 'example', 'issue', 'sign'
])

/** Hyphenated "one-" words that are no count: "one-sided", "one-off", "one-on-one". */
export const oneIdiomCompounds: ReadonlySet<string> = new Set([
  'sided', 'off', 'on', 'way', 'time', 'liner', 'upmanship', 'stop', 'size', 'party', 'note', 'trick', 'horse', 'armed'
])
