/**
 * English stop words for story grouping: the Snowball English stop list
 * (snowballstem.org, `english.stop`), without apostrophe forms the tokenizer never
 * yields alone, plus a few news-reporting words that every story carries ("said",
 * "told", "reported") and so say nothing about which event an article reports.
 * Lower case.
 */
export const stopWords: ReadonlySet<string> = new Set([
  // Snowball English
  'i', 'me', 'my', 'myself', 'we', 'our', 'ours', 'ourselves', 'you', 'your', 'yours', 'yourself',
  'yourselves', 'he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'it', 'its', 'itself',
  'they', 'them', 'their', 'theirs', 'themselves', 'what', 'which', 'who', 'whom', 'this', 'that',
  'these', 'those', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'have', 'has', 'had',
  'having', 'do', 'does', 'did', 'doing', 'would', 'should', 'could', 'ought', 'a', 'an', 'the', 'and',
  'but', 'if', 'or', 'because', 'as', 'until', 'while', 'of', 'at', 'by', 'for', 'with', 'about',
  'against', 'between', 'into', 'through', 'during', 'before', 'after', 'above', 'below', 'to', 'from',
  'up', 'down', 'in', 'out', 'on', 'off', 'over', 'under', 'again', 'further', 'then', 'once', 'here',
  'there', 'when', 'where', 'why', 'how', 'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other',
  'some', 'such', 'no', 'nor', 'not', 'only', 'own', 'same', 'so', 'than', 'too', 'very', 'can', 'will',
  'just', 'don', 'now',
  // reporting words every news story carries
  'said', 'says', 'say', 'told', 'tells', 'according', 'reported', 'reports', 'also', 'added', 'news',
  'one', 'two', 'new', 'first', 'last', 'year', 'years', 'week', 'time', 'may', 'like', 'get', 'got'
])
