import {titleHeads} from '../entities/titles.js'

/**
 * Nouns for people and the bodies people form: after "his"/"her"/"their" they
 * still name someone who can speak ("his lawyer said", "her campaign said",
 * "their supporters chanted"). General English, lower case.
 */
const humanNouns: ReadonlySet<string> = new Set([
  'wife', 'husband', 'son', 'sons', 'daughter', 'daughters', 'mother', 'father', 'brother', 'brothers',
  'sister', 'sisters', 'parents', 'children', 'child', 'kids', 'family', 'friend', 'friends', 'colleague',
  'colleagues', 'partner', 'partners', 'boss', 'staff', 'staffer', 'staffers', 'aides', 'team', 'campaign',
  'office', 'administration', 'government', 'party', 'camp', 'allies', 'supporters', 'backers', 'fans',
  'critics', 'opponents', 'rivals', 'lawyers', 'attorneys', 'advisers', 'advisors', 'spokesmen',
  'spokespeople', 'representative', 'representatives', 'people', 'men', 'women', 'voters', 'members',
  'followers', 'employees', 'workers', 'colleagues', 'cousin', 'uncle', 'aunt', 'grandmother',
  'grandfather', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'neighbor', 'neighbour', 'neighbors',
  'classmate', 'roommate', 'deputies', 'officials', 'company', 'firm', 'group', 'organization', 'committee',
  'transition', 'surrogates', 'doctors', 'mom', 'dad', 'widow', 'widower', 'relatives', 'lawmakers',
  'nephew', 'nephews', 'niece', 'nieces', 'grandson', 'granddaughter', 'grandchildren', 'stepson',
  'stepdaughter', 'stepfather', 'stepmother', 'spouse', 'twin', 'mentor', 'assistant', 'client', 'clients',
  'patient', 'patients', 'student', 'students', 'teacher', 'teachers', 'pastor', 'priest', 'driver'
])

/**
 * Whether a speaker phrase such as "his keynote speech" or "her record" names a
 * thing its possessor owns rather than anyone who speaks: it opens with a
 * possessive pronoun and no word in it is a person, a role or a body. Such a phrase
 * stands for its possessor ("Mayor Okafor used his keynote speech to promise
 * “…”": Okafor).
 */
export function ownedThing(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/).map((w) => w.replace(/[^\p{L}-]/gu, '')).filter(Boolean)
  if (words.length < 2 || !['his', 'her', 'their', 'its'].includes(words[0]!)) return false
  return !words.slice(1).some((w) => humanNouns.has(w) || titleHeads.has(w) || titleHeads.has(w.replace(/s$/, '')))
}
