/**
 * Words that head a title or role before a name ("President Dorian Marle",
 * "Foreign Minister Arkady Dornik", "Varik's aide Ilya Marinov") and, in lower
 * case, role nouns that can stand for a person ("the American president added").
 * Lower-case keys; matching is case-insensitive.
 */
export const titleHeads: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov.', 'mayor', 'chairman', 'chairwoman', 'chair',
  'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador', 'envoy',
  'aide', 'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'spokesman', 'speaker',
  'leader', 'director', 'commissioner', 'chief', 'judge', 'justice', 'attorney', 'prosecutor',
  'general', 'gen.', 'admiral', 'adm.', 'colonel', 'col.', 'lieutenant', 'lt.', 'captain', 'capt.',
  'sergeant', 'sgt.', 'major', 'commander', 'officer', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'professor',
  'mr', 'mrs', 'ms', 'dr', 'rev.', 'reverend', 'bishop', 'cardinal', 'rabbi', 'imam', 'sheikh',
  'ceo', 'founder', 'executive', 'head', 'manager', 'candidate', 'nominee', 'strategist', 'analyst',
  'economist', 'businessman', 'businesswoman', 'lawmaker', 'diplomat', 'negotiator', 'official',
  'deputy', 'sheriff', 'coach', 'dean', 'editor', 'correspondent', 'reporter', 'columnist', 'author',
  'actor', 'actress', 'singer', 'rapper', 'activist', 'lawyer', 'doctor', 'physician', 'scientist',
  'researcher', 'professor', 'economist', 'owner', 'hopeful', 'frontrunner', 'front-runner', 'challenger',
  'incumbent', 'counterpart', 'successor', 'predecessor', 'rival', 'opponent', 'ally', 'host', 'anchor',
  'pundit', 'commentator', 'pollster', 'speechwriter', 'campaigner', 'organizer', 'organiser', 'superintendent', 'treasurer',
  'comptroller', 'auditor', 'clerk', 'councilman', 'councilwoman', 'councillor', 'councilor', 'delegate',
  'inspector', 'magistrate', 'monarch', 'emir', 'sultan', 'ayatollah', 'patriarch', 'metropolitan', 'marshal'
])

/** Title words that say the person is a woman or a man (for pronoun checks). */
export const femaleTitles: ReadonlySet<string> = new Set(['mrs.', 'ms.', 'mrs', 'ms', 'queen', 'princess', 'chairwoman', 'spokeswoman', 'congresswoman', 'businesswoman', 'councilwoman', 'actress', 'madam', 'lady'])
export const maleTitles: ReadonlySet<string> = new Set(['mr.', 'mr', 'king', 'prince', 'chairman', 'spokesman', 'congressman', 'businessman', 'councilman', 'sir', 'lord', 'pope', 'cardinal', 'sheikh', 'emir', 'sultan'])

/**
 * Words that modify a title ("Foreign Minister", "Press Secretary", "Deputy
 * Prime Minister"): a capitalised run made of these and title heads is a title,
 * not a name.
 */
export const titleModifiers: ReadonlySet<string> = new Set([
  'prime', 'foreign', 'defence', 'defense', 'press', 'deputy', 'vice', 'first', 'former', 'acting',
  'interim', 'senior', 'junior', 'chief', 'executive', 'assistant', 'associate', 'special', 'top',
  'presidential', 'national', 'security', 'state', 'home', 'interior', 'finance', 'foreign-policy',
  'policy', 'economic', 'general', 'attorney', 'supreme', 'majority', 'minority', 'house', 'senate',
  'republican', 'democratic', 'democrat', 'opposition', 'party', 'campaign', 'white', 'trade',
  'health', 'education', 'energy', 'justice', 'treasury', 'labor', 'labour', 'transport',
  'transportation', 'agriculture', 'commerce', 'culture', 'communications', 'media', 'staff',
  'joint', 'chiefs', 'of', 'the', 'council', 'district', 'u.s.', 'us', 'uk', 'u.k.', 'eu', 'un',
  'u.n.', 'white', 'house', 'kremlin', 'pentagon', 'administration', 'government', 'federal',
  'regional', 'military', 'army', 'navy', 'air', 'force', 'news', 'outgoing', 'incoming', 'longtime',
  'veteran', 'former', 'retired', 'then', 'then-', 'lead', 'principal', 'spy', 'intelligence', 'homeland',
  'emergency', 'secretary-general', 'director-general', 'governor-general', 'war', 'peace'
])

/**
 * Title modifiers that are common words, never a body's or a place's name: one that
 * opens a sentence with a capital still opens the title ("Former campaign manager …").
 */
export const commonTitleModifiers: ReadonlySet<string> = new Set(['former', 'acting', 'interim', 'outgoing', 'incoming', 'longtime', 'senior', 'junior', 'campaign', 'press', 'communications', 'top', 'lead', 'principal', 'retired', 'veteran'])

/**
 * Party labels, singular and lower case: beside a name ("Democrat Rosalyn Ashford",
 * "Ortiz, a Democrat"), never a person's name themselves.
 */
export const partyLabels: ReadonlySet<string> = new Set(['republican', 'democrat', 'democratic', 'independent', 'libertarian', 'tory', 'conservative', 'liberal', 'socialist', 'progressive'])

/** Ranks below a title ("Vice President", "Deputy Secretary"): the person is not the one "the president" names. */
export const subordinateRanks: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'associate', 'under', 'lieutenant', 'sub', 'co', 'junior'])
