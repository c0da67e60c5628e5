/**
 * Words that name a news event, by kind: a noun ("the attack", "a phone call") or
 * a verb form ("tried to attack"). Two mentions can only be one event when they are
 * of one kind; words of a kind are interchangeable across outlets ("drone attack" /
 * "strike" / "assault"). Deliberately unambiguous forms only: "called" (named) and
 * "fire" (dismiss) are left out.
 */
const kinds: Record<string, readonly string[]> = {
  attack: ['attack', 'attacks', 'attacked', 'attacking', 'strike', 'strikes', 'struck', 'assault', 'assaults',
    'raid', 'raids', 'bomb', 'bombed', 'bombing', 'bombings', 'shelling', 'bombardment', 'airstrike', 'airstrikes', 'incursion'],
  call: ['call', 'calls', 'phone', 'conversation', 'conversations', 'teleconference'],
  meeting: ['meeting', 'meetings', 'met', 'summit', 'summits'],
  visit: ['visit', 'visits', 'visited', 'trip'],
  vote: ['election', 'elections', 'vote', 'votes', 'voted', 'referendum', 'ballot', 'runoff'],
  shooting: ['shooting', 'shootings', 'gunfire'],
  explosion: ['explosion', 'explosions', 'blast', 'blasts', 'exploded', 'detonation'],
  crash: ['crash', 'crashes', 'crashed', 'collision', 'derailment'],
  arrest: ['arrest', 'arrests', 'arrested', 'detained', 'detention'],
  disaster: ['earthquake', 'quake', 'flood', 'floods', 'flooding', 'hurricane', 'typhoon', 'cyclone', 'wildfire', 'blaze', 'landslide', 'tsunami', 'storm', 'storms', 'tornado', 'drought', 'heatwave'],
  protest: ['protest', 'protests', 'rally', 'rallies', 'demonstration', 'demonstrations'],
  resignation: ['resignation', 'resigned', 'resign'],
  ruling: ['ruling', 'verdict', 'sentencing', 'indictment', 'indicted', 'convicted', 'acquitted'],
  launch: ['launch', 'liftoff'],
  signing: ['signing', 'signed']
}

/** The event kind of a lower-case word, if it names one. */
export const eventKindOf: ReadonlyMap<string, string> = new Map(Object.entries(kinds).flatMap(([kind, words]) => words.map((word) => [word, kind] as const)))

/** Words right before an event noun that hold it at a distance ("the alleged attack"). */
export const eventHedges: ReadonlySet<string> = new Set(['alleged', 'purported', 'reported', 'claimed', 'suspected', 'apparent', 'so-called', 'possible', 'supposed', 'unconfirmed', 'unverified', 'presumed'])

/** Words that end the stretch of a sentence a date or an argument can belong to. */
export const clauseWords: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose', 'after', 'before', 'when', 'while', 'since', 'until', 'because', 'although', 'though', 'as', 'but', 'and', 'or', 'during', 'amid', 'following'])

/** Prepositions that introduce what an event is aimed at ("an attack on X", "a strike against Y"). */
export const targetPrepositions: ReadonlySet<string> = new Set(['on', 'against', 'at', 'near', 'in', 'into', 'of'])

/** Kinds whose other party follows "with" ("a call with X", "met with Y"); for the rest, "with" gives the means. */
export const withKinds: ReadonlySet<string> = new Set(['call', 'meeting', 'visit'])

/** Words that say nothing about which event it is. */
export const vagueWords: ReadonlySet<string> = new Set([
  'new', 'recent', 'major', 'massive', 'large', 'small', 'big', 'first', 'second', 'last', 'latest', 'further',
  'possible', 'potential', 'alleged', 'reported', 'another', 'other', 'several', 'many', 'more', 'most', 'some',
  'trying', 'tried', 'try', 'planning', 'planned', 'carrying', 'carried', 'launch', 'launched', 'launching',
  'region', 'area', 'part', 'side', 'time', 'day', 'days', 'week', 'year', 'today', 'yesterday', 'tonight',
  'morning', 'afternoon', 'evening', 'night', 'early', 'late', 'earlier', 'later'
])

/** Month and weekday names and their abbreviations: part of a date, not of the event. */
export const calendarWords: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'
])
