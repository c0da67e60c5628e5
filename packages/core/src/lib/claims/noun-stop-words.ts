/**
 * Words that end the noun phrase after a number: determiners, prepositions,
 * conjunctions, pronouns, auxiliaries and adverbs of time. "91 long-range drones
 * with …" stops at "with". Lower case.
 */
export const nounStopWords: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'nor',
  'but', 'than', 'as', 'that', 'which', 'who', 'whom', 'whose', 'what', 'was', 'were', 'is', 'are',
  'be', 'been', 'being', 'had', 'has', 'have', 'will', 'would', 'could', 'should', 'may', 'might',
  'can', 'must', 'shall', 'did', 'do', 'does', 'it', 'its', 'their', 'his', 'her', 'our', 'your',
  'my', 'this', 'these', 'those', 'ago', 'later', 'earlier', 'before', 'after', 'per', 'each',
  'more', 'less', 'into', 'over', 'under', 'about', 'since', 'until', 'while', 'not', 'no', 'also',
  'only', 'just', 'already', 'still', 'when', 'where', 'so', 'such', 'then', 'he', 'she', 'they',
  'we', 'i', 'you', 'them', 'him', 'us', 'me', 'there', 'here', 'if', 'because', 'during',
  'against', 'between', 'among', 'through', 'across', 'toward', 'towards', 'without', 'within',
  'up', 'down', 'out', 'off', 'all', 'both', 'either', 'neither', 'some', 'any', 'every',
  'other', 'another', 'own', 'very', 'too', 'now', 'ever', 'never', 'again', 'once', 'twice',
  'or', 'yet', 'whether', 'said', 'says', 'say', 'told', 'according', 'respectively', 'apiece',
  // Irregular past tenses, which no suffix rule marks as verbs ("a 75-minute hearing drew …").
  'drew', 'took', 'came', 'went', 'made', 'held', 'met', 'gave', 'saw', 'ran', 'won', 'lost', 'fell',
  'rose', 'began', 'brought', 'bought', 'sent', 'spent', 'kept', 'led', 'became', 'found', 'got',
  'knew', 'thought', 'wrote', 'spoke', 'broke', 'chose', 'hit', 'hurt', 'struck', 'left', 'paid',
  'sold', 'stood', 'shot', 'fled', 'flew', 'grew', 'hid', 'lay', 'meant', 'read', 'sat', 'shut',
  // Number words: the next quantity starts there.
  'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'scores',
  'each', 'away', 'ahead', 'back', 'including', 'like', 'cannot', 'can’t', "can't", 'won’t', "won't", 'don’t', "don't"
])
