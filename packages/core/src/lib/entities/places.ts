/**
 * A small gazetteer: countries with their adjectives and common short forms, US
 * states, and capitals and large cities. It tells places from people and
 * organisations among capitalised names, and matches role nouns ("the American
 * president") to titles ("U.S. President"). Capitals that stand for their
 * government ("Moscow warned") are read as organisations when they are speakers.
 */

/** Country name | adjective(s) | other names, comma-separated. */
const countries = [
  'United States|American|U.S.,US,USA,U.S.A.,America,the United States', 'Russia|Russian|Russian Federation',
  'Ukraine|Ukrainian|', 'United Kingdom|British|UK,U.K.,Britain,Great Britain', 'France|French|',
  'Germany|German|', 'China|Chinese|PRC', 'Japan|Japanese|', 'India|Indian|', 'Israel|Israeli|',
  'Iran|Iranian|', 'Iraq|Iraqi|', 'Syria|Syrian|', 'Turkey|Turkish|Türkiye', 'Poland|Polish|',
  'Italy|Italian|', 'Spain|Spanish|', 'Canada|Canadian|', 'Mexico|Mexican|', 'Brazil|Brazilian|',
  'Belarus|Belarusian|', 'Hungary|Hungarian|', 'Finland|Finnish|', 'Sweden|Swedish|', 'Norway|Norwegian|',
  'Denmark|Danish|', 'Netherlands|Dutch|Holland', 'Belgium|Belgian|', 'Austria|Austrian|',
  'Switzerland|Swiss|', 'Greece|Greek|', 'Egypt|Egyptian|', 'Saudi Arabia|Saudi|', 'Qatar|Qatari|',
  'Pakistan|Pakistani|', 'Afghanistan|Afghan|', 'North Korea|North Korean|', 'South Korea|South Korean|Korea',
  'Australia|Australian|', 'Cuba|Cuban|', 'Venezuela|Venezuelan|', 'Libya|Libyan|', 'Yemen|Yemeni|',
  'Lebanon|Lebanese|', 'Jordan|Jordanian|', 'Palestine|Palestinian|Gaza,West Bank', 'Georgia|Georgian|',
  'Moldova|Moldovan|', 'Romania|Romanian|', 'Bulgaria|Bulgarian|', 'Serbia|Serbian|', 'Croatia|Croatian|',
  'Czech Republic|Czech|Czechia', 'Slovakia|Slovak|', 'Lithuania|Lithuanian|', 'Latvia|Latvian|',
  'Estonia|Estonian|', 'Kazakhstan|Kazakh|', 'Armenia|Armenian|', 'Azerbaijan|Azerbaijani|',
  'Nigeria|Nigerian|', 'South Africa|South African|', 'Kenya|Kenyan|', 'Ethiopia|Ethiopian|',
  'Argentina|Argentine|', 'Colombia|Colombian|', 'Chile|Chilean|', 'Peru|Peruvian|', 'Vietnam|Vietnamese|',
  'Indonesia|Indonesian|', 'Philippines|Filipino,Philippine|', 'Thailand|Thai|', 'Malaysia|Malaysian|',
  'Ireland|Irish|', 'Portugal|Portuguese|', 'Scotland|Scottish|', 'England|English|', 'Wales|Welsh|',
  'European Union|European|EU,E.U.,Europe', 'Taiwan|Taiwanese|', 'Cyprus|Cypriot|', 'Iceland|Icelandic|',
  'New Zealand|New Zealander|', 'Sudan|Sudanese|', 'Somalia|Somali|', 'Algeria|Algerian|', 'Morocco|Moroccan|',
  'Tunisia|Tunisian|', 'Bahrain|Bahraini|', 'Kuwait|Kuwaiti|', 'Oman|Omani|', 'United Arab Emirates|Emirati|UAE',
]

/** Capitals and large cities (lower case). */
const cities = [
  'washington', 'moscow', 'kyiv', 'kiev', 'london', 'paris', 'berlin', 'beijing', 'tokyo', 'delhi',
  'new delhi', 'jerusalem', 'tel aviv', 'tehran', 'baghdad', 'damascus', 'ankara', 'istanbul', 'warsaw',
  'rome', 'madrid', 'ottawa', 'brussels', 'vienna', 'geneva', 'budapest', 'minsk', 'helsinki',
  'stockholm', 'oslo', 'copenhagen', 'amsterdam', 'athens', 'cairo', 'riyadh', 'doha', 'islamabad',
  'kabul', 'pyongyang', 'seoul', 'canberra', 'havana', 'caracas', 'tripoli', 'beirut', 'amman',
  'tbilisi', 'chisinau', 'bucharest', 'sofia', 'belgrade', 'zagreb', 'prague', 'bratislava', 'vilnius',
  'riga', 'tallinn', 'astana', 'yerevan', 'baku', 'abuja', 'nairobi', 'dubai', 'abu dhabi',
  'new york', 'los angeles', 'chicago', 'houston', 'philadelphia', 'san francisco', 'boston', 'miami',
  'dallas', 'atlanta', 'seattle', 'denver', 'detroit', 'las vegas', 'baltimore', 'orlando', 'phoenix',
  'st. petersburg', 'saint petersburg', 'kharkiv', 'kharkov', 'odesa', 'odessa', 'lviv', 'dnipro',
  'gaza',
  'hong kong', 'shanghai', 'mumbai', 'munich', 'hamburg', 'milan', 'barcelona', 'toronto', 'montreal',
  'sydney', 'melbourne', 'manhattan', 'brooklyn', 'silicon valley', 'wall street'
]

/** US states (lower case). */
const states = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky',
  'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri',
  'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey', 'new mexico', 'new york',
  'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode island',
  'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington',
  'west virginia', 'wisconsin', 'wyoming'
]

/**
 * US state names and their AP-style abbreviations, lower case without periods
 * ("calif", "ny"): a name followed by ", Calif." or ", Texas" is a city (AP Stylebook).
 */
export const stateNames: ReadonlySet<string> = new Set([
  ...states,
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'nh', 'nj', 'nm', 'ny', 'nc',
  'nd', 'okla', 'ore', 'pa', 'ri', 'sc', 'sd', 'tenn', 'vt', 'va', 'wash', 'wva', 'wis', 'wyo', 'dc'
])

/** Lower-case place name → canonical country name, for every country name, adjective and alias. */
export const countryByWord: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  for (const entry of countries) {
    const [name, adjectives, aliases] = entry.split('|') as [string, string, string]
    for (const word of [name, ...adjectives.split(','), ...aliases.split(',')]) {
      if (word) map.set(word.toLowerCase().replace(/^the /, ''), name)
    }
  }
  return map
})()

/** Lower-case names of places: countries (and their aliases), states, cities. */
export const placeNames: ReadonlySet<string> = new Set([
  ...countries.flatMap((entry) => {
    const [name, , aliases] = entry.split('|') as [string, string, string]
    return [name, ...aliases.split(',')].filter(Boolean).map((w) => w.toLowerCase().replace(/^the /, ''))
  }),
  ...cities, ...states
])

/** Lower-case adjectives of nationality ("russian", "american"). */
export const demonyms: ReadonlySet<string> = new Set(countries.flatMap((entry) => entry.split('|')[1]!.split(',').filter(Boolean).map((w) => w.toLowerCase())))

/** Words that end a place name ("Novgorod Oblast", "Donetsk region"). */
export const placeSuffixes: ReadonlySet<string> = new Set(['oblast', 'region', 'province', 'county', 'city', 'state', 'island', 'islands', 'valley', 'river', 'sea', 'ocean', 'mountains', 'krai', 'district', 'peninsula', 'strait', 'bay', 'gulf', 'street', 'avenue', 'square', 'airport', 'base'])
