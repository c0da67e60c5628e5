/**
 * Nouns for something said or written. After a possessive they attribute the
 * quote that follows to the possessor: "his call for a “full and open
 * audit”", "Okafor's pledge to stay “above the fray”", "her assertion that “…”".
 * Singular and plural, lower case. Nouns with a common other sense ("charge",
 * "line", "view", "address", "post") are left out.
 */
export const speechNouns: ReadonlySet<string> = new Set([
  'call', 'calls', 'pledge', 'pledges', 'promise', 'promises', 'vow', 'vows', 'comment', 'comments',
  'remark', 'remarks', 'assertion', 'assertions', 'claim', 'claims', 'statement', 'statements',
  'words', 'warning', 'warnings', 'description', 'accusation', 'accusations', 'insistence',
  'suggestion', 'argument', 'arguments', 'message', 'rhetoric', 'slogan', 'tweet', 'tweets',
  'answer', 'response', 'reply', 'admission', 'boast', 'demand', 'demands', 'criticism',
  'denunciation', 'declaration', 'announcement', 'prediction', 'predictions', 'proposal', 'plea',
  'appeal', 'refrain', 'mantra', 'motto', 'catchphrase', 'question', 'questions', 'complaint',
  'complaints', 'attack', 'attacks', 'insult', 'insults', 'jab', 'quip', 'joke', 'jokes',
  'characterization', 'assessment', 'verdict', 'contention', 'allegation', 'allegations',
  'testimony', 'speech', 'op-ed', 'letter', 'email', 'essay',
  // A saying someone keeps or an aside they made ("her dictum to interns was, “…”").
  'dictum', 'aside', 'asides', 'maxim', 'adage', 'retort', 'rejoinder', 'lament', 'tirade', 'rant'
])
