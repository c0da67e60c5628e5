/**
 * Words that hold a claim at a distance: the outlet reports it without vouching for
 * it. Each entry is a regular expression source matched case-insensitively on word
 * boundaries; a comment says why where it is not obvious.
 */
export const hedgePatterns: readonly string[] = [
  'alleged(?:ly)?',
  'reported(?:ly)?(?= (?:to|that|been|has|had|was|were|is|are|killed|planning|considering)\\b)', // "reportedly", "reported to be"; "reported" alone is a reporting verb
  'reportedly',
  'claim(?:s|ed|ing)?', // "claimed", and the noun "Lavrov's claims": the outlet names it a claim, not a fact
  'purported(?:ly)?',
  'what (?:he|she|they|it|the \\w+|\\p{Lu}\\w+) (?:called|described as|termed|dubbed)', // "what he called": the words are the source's, not the outlet's
  'according to', // "per X": the outlet passes it on, it does not vouch
  'suspected',
  'apparent(?:ly)?',
  'so-called',
  'unverified',
  'unconfirmed',
  'without (?:providing |offering |giving )?(?:any )?evidence', // the outlet notes the claim is unsupported
  '(?:is|are|was|were) (?:said|believed|thought) to', // "is said to have": hearsay
  'reports (?:suggest|suggested|say|said|indicate|indicated)', // unnamed reports as the only source
  'presumabl[ye]',
  'supposed(?:ly)?(?! to)' // "supposedly", not the obligation "supposed to"
]

/** Tested case-insensitively on word boundaries, with the `u` flag for `\p{Lu}`. */
export const hedgeRegex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${hedgePatterns.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
