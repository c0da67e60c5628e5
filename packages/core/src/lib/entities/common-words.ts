/**
 * Capitalised words that are not names: sentence openers, months and days,
 * pronouns, and other words that start a capitalised run without being part of a
 * name ("The", "Monday", "According"). Lower-case keys.
 */
export const notNames: ReadonlySet<string> = new Set([
  ...pronounContractions(),
  'a', 'about', 'after', 'again', 'against', 'all', 'also', 'although', 'an', 'and', 'any', 'are', 'as',
  'at', 'because', 'before', 'being', 'both', 'but', 'by', 'can', 'could', 'despite', 'did', 'do',
  'does', 'during', 'each', 'earlier', 'either', 'even', 'every', 'few', 'following', 'for', 'from',
  'further', 'had', 'has', 'have', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'however', 'i',
  'if', 'in', 'instead', 'into', 'is', 'it', 'its', 'just', 'last', 'later', 'least', 'less', 'like',
  'many', 'may', 'me', 'meanwhile', 'might', 'more', 'moreover', 'most', 'much', 'must', 'my', 'neither',
  'never', 'next', 'no', 'nor', 'not', 'now', 'of', 'on', 'once', 'one', 'only', 'or', 'other', 'our',
  'over', 'per', 'perhaps', 'rather', 'recently', 'she', 'should', 'since', 'so', 'some', 'still',
  'such', 'than', 'that', 'the', 'their', 'them', 'then', 'there', 'these', 'they', 'this', 'those',
  'though', 'through', 'thus', 'to', 'today', 'tomorrow', 'under', 'unlike', 'until', 'up', 'upon',
  'us', 'was', 'we', 'were', 'what', 'when', 'where', 'whether', 'which', 'while', 'who', 'whom',
  'whose', 'why', 'will', 'with', 'within', 'without', 'would', 'yes', 'yesterday', 'yet', 'you',
  'your', 'according', 'asked', 'said', 'says', 'speaking', 'editor', 'note', 'read', 'also', 'update',
  'updated', 'breaking', 'watch', 'related', 'photo', 'video', 'image', 'key', 'points', 'sources',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.',
  'feb.', 'mar.', 'apr.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'christmas', 'easter',
  'god', 'mr', 'mrs', 'ms', 'dr', 'sir', 'madam', 'ok', 'okay', 'oh', 'well', 'thank', 'thanks', 'please',
  'let', 'let’s', 'let\'s', 'don’t', 'don\'t', 'it’s', 'it\'s', 'i’m', 'i\'m', 'we’re', 'we\'re',
  'americans', 'russians', 'ukrainians', 'europeans', 'democrats', 'republicans', 'israelis',
  'palestinians', 'muslims', 'christians', 'jews', 'catholics', 'conservatives', 'liberals',
  'internet', 'web', 'twitter', 'facebook', 'instagram', 'telegram', 'youtube', 'tiktok', 'x',
  'additional', 'another', 'several', 'various', 'numerous', 'certain', 'separately', 'similarly', 'indeed', 'finally',
  'truth', 'social', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western'
])

/**
 * A pronoun with a contracted auxiliary ("I've", "You’ll", "They'd", "She's"), in
 * both apostrophes: English grammar's closed set, never a name (a capitalised
 * "I’ll" opening a quote was read as a person and joined to "Ill" or "Jill").
 */
function pronounContractions(): string[] {
  const pronouns = ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'that', 'there', 'here', 'who', 'what', 'where', 'let']
  const endings = ['m', 've', 'll', 'd', 're', 's']
  return pronouns.flatMap((pronoun) => endings.flatMap((ending) => [`${pronoun}'${ending}`, `${pronoun}’${ending}`]))
}
