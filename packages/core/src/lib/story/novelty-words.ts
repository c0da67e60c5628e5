/**
 * Word patterns for whether a document, a testimony or a report holds anything new:
 * general English, case-insensitive regular expressions. A comment says why each is
 * there; examples are invented.
 */

/** Verbs by which a thing holds or gives what it says ("the files include …", "the letter reveals …"). */
export const holdingVerbs = /(?<![\p{L}])(?:includ(?:e|es|ed)|contain(?:s|ed)?|reveal(?:s|ed)?|show(?:s|ed|n)?|offer(?:s|ed)?|provid(?:e|es|ed)|add(?:s|ed)?|hold(?:s)?|held|giv(?:e|es)|gave|shed(?:s)?|disclos(?:e|es|ed)|yield(?:s|ed)?)(?![\p{L}])/iu

/** Nouns of what can be new: information and its pieces ("details", "accounts", "exchanges"). */
const tellings = String.raw`(?:information|details?|revelations?|news|facts?|disclosures?|insights?|surprises?|conversations?|exchanges?|accounts?|episodes?|material|evidence|findings?|names?|claims?|allegations?)`

/** Nothing new: "no new information", "little new", "nothing notable", "few details" (but "a few details" is something). */
export const nothingNew = new RegExp(String.raw`(?<![\p{L}])(?<!\ba\s)(?:(?:no|little|scant|few)\s+(?:\p{L}+\s+){0,2}?${tellings}(?![\p{L}])|(?:nothing|little)\s+(?:new|notable|significant|substantive|we\s+did\s*n['’]?t\s+know))`, 'iu')

/**
 * Something new: "previously undisclosed conversations", "material not reported
 * before", "new details". "New" alone is too common ("new roads"): it counts only
 * before a noun of information.
 */
export const somethingNew = new RegExp(String.raw`(?<![\p{L}])(?:previously\s+(?:undisclosed|unreported|unknown|unseen|unpublished|secret)|undisclosed|unreported|never-before-(?:seen|reported|published)|(?:new|fresh)\s+(?:\p{L}+\s+)?${tellings}(?![\p{L}])|${tellings}\s+(?:that\s+(?:were|was|had)\s+)?not\s+(?:previously\s+|already\s+)?(?:included|reported|disclosed|revealed|known|published|mentioned)\s+(?:in|before|until|by|elsewhere))`, 'iu')
