/**
 * Words that hold a claim at a distance: the outlet reports it without vouching for
 * it. Each entry is a regular expression source matched case-insensitively on word
 * boundaries; a comment says why where it is not obvious.
 */
export const hedgePatterns: readonly string[] = [
  'alleged(?:ly)?',
  'reported(?= to (?:be|have)\\b)', // "reported to be": hearsay; "X reported that" is attribution, not distance
  'reportedly',
  'claim(?:s|ed|ing)?', // "claimed", and the noun "Dornik's claims": the outlet names it a claim, not a fact
  'purported(?:ly)?',
  'what (?:he|she|they|it|the \\w+|\\p{Lu}\\w+) (?:called|described as|termed|dubbed)', // "what he called": the words are the source's, not the outlet's
  'suspected',
  'apparent(?:ly)?',
  'so-called',
  'unverified',
  'unconfirmed',
  'without (?:providing |offering |giving )?(?:any )?evidence', // the outlet notes the claim is unsupported
  '(?:is|are|was|were) (?:said|believed|thought) to', // "is said to have": hearsay
  'presumabl[ye]',
  'supposed(?:ly)?(?! to)' // "supposedly", not the obligation "supposed to"
]

/**
 * The hedges that explicitly distance a proposition ("alleged", "is believed to",
 * "unverified", "without evidence"): an outlet that uses one does not vouch for it.
 * The rest of `hedgePatterns` ("reportedly", "claimed", "apparently") mark hearsay
 * or a source's own word, which is closer to attribution: a stance conflict needs
 * one of these ("so-called" distances a name, not a fact). After the AP Stylebook's
 * entries on "allege" and "reportedly".
 */
export const distancingRegex = /(?<![\p{L}\p{N}])(?:alleged(?:ly)?|purported(?:ly)?|unverified|unconfirmed|unsubstantiated|supposed(?:ly)?(?! to)|without (?:providing |offering |giving )?(?:any )?evidence|(?:is|are|was|were) (?:said|believed|thought) to)(?![\p{L}\p{N}])/iu

/** Tested case-insensitively on word boundaries, with the `u` flag for `\p{Lu}`. */
export const hedgeRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${hedgePatterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
