/**
 * Words that, opening a quoted fragment in lower case, carry on the sentence of
 * the fragment before it: the coordinating conjunctions (and, but, or, nor, yet,
 * so), common subordinating conjunctions and the infinitive marker "to", the
 * closed classes every English grammar lists.
 */
export const continuingWords: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'nor', 'yet', 'so', 'to', 'that', 'because', 'which', 'while', 'if', 'though', 'although', 'then'
])
