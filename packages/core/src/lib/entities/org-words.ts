/**
 * Words that make a capitalised run an organisation ("Defence Ministry", "White
 * House", "Democratic Party") and single names of bodies that speak in the news
 * ("the Kremlin said"). Lower-case keys.
 */
export const orgWords: ReadonlySet<string> = new Set([
  'ministry', 'department', 'house', 'office', 'agency', 'council', 'committee', 'commission',
  'party', 'union', 'organization', 'organisation', 'institute', 'university', 'college', 'school',
  'bank', 'court', 'senate', 'congress', 'parliament', 'assembly', 'government', 'administration',
  'association', 'foundation', 'federation', 'corporation', 'corp.', 'corp', 'inc.', 'inc', 'ltd',
  'ltd.', 'co.', 'company', 'group', 'times', 'post', 'news', 'journal', 'tribune', 'herald',
  'network', 'press', 'bureau', 'service', 'services', 'police', 'army', 'navy', 'forces', 'guard',
  'command', 'board', 'authority', 'fund', 'trust', 'center', 'centre', 'campaign', 'coalition',
  'alliance', 'movement', 'church', 'embassy', 'cabinet', 'legislature', 'tribunal', 'caucus', 'club',
  'team', 'media', 'channel', 'television', 'radio', 'magazine', 'review', 'daily', 'gazette',
  'reuters', 'kremlin', 'pentagon', 'nato', 'fbi', 'cia', 'epa', 'irs', 'gop', 'tass', 'ria',
  'interfax', 'xinhua', 'ap', 'afp', 'bbc', 'cnn', 'msnbc', 'abc', 'cbs', 'nbc', 'fox', 'un',
  'eu', 'opec', 'who', 'imf', 'icc', 'dnc', 'rnc', 'nra', 'aclu', 'breitbart', 'politico',
  'council', 'secretariat', 'staff', 'directorate', 'inspectorate', 'prosecutor\u2019s', 'duma', 'rada',
  'knesset', 'bundestag', 'commons', 'lords', 'politburo', 'junta', 'cartel', 'brigade', 'battalion',
  'regiment', 'division'
])

/** Bodies usually named alone, as a speaker ("the Kremlin said", "Reuters reported"). */
export const knownBodies: ReadonlySet<string> = new Set([
  'kremlin', 'pentagon', 'white house', 'nato', 'tass', 'reuters', 'interfax', 'xinhua', 'ria novosti',
  'associated press', 'afp', 'bbc', 'cnn', 'fbi', 'cia', 'un', 'eu', 'downing street', 'elysee', 'élysée',
  'state department', 'foreign ministry', 'defence ministry', 'defense ministry', 'congress', 'senate'
])
