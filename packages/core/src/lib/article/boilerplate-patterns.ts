import type {BoilerplateReason} from '../types.js'

/**
 * Lines that are not story text, by what they are. Each pattern is tested against
 * one trimmed block of text (a line of a pasted article, an HTML paragraph). Kept as
 * data so that a new outlet's furniture is one line here.
 */
export const boilerplatePatterns: ReadonlyArray<readonly [RegExp, BoilerplateReason]> = [
  // "Editor's note: This story is being updated."
  [/^editor[’']?s['’]? note\b/i, 'editor-note'],
  [/^(?:this (?:story|article) (?:is being|has been|was) (?:updated|corrected)|correction|clarification)\b[^.]{0,80}[:.]/i, 'editor-note'],
  // "Also Read: …", "READ MORE | …", "Related: …", "Watch: …"
  [/^(?:also read|read also|read more|more to read|must read|see also|also see|related(?: stories| articles| coverage| news)?|recommended(?: stories)?|more from [^:|]{1,40}|don[’']t miss|trending|watch(?: video)?|listen|more on this(?: story)?)\s*(?:[:|»>–—-]|\.\.\.)/i, 'related-link'],
  [/^(?:also read|read more|related stories|related articles|more stories|you may also like|you might also like|most read|most popular|trending now|more from this section)$/i, 'related-link'],
  // "Based On ANI Report", "(With inputs from agencies)", "(Reuters)", "Reporting by …"
  [/^\(?(?:based on (?:an? )?(?:[\w-]+ ){0,3}(?:reports?|inputs?)|with (?:inputs|input|agency inputs) from [^)]{1,60}|(?:\w+ )?inputs? from agencies)\)?\.?$/i, 'wire-credit'],
  [/^\(?(?:reuters|ap|afp|ani|pti|ians|upi|dpa|bloomberg|associated press|agence france-presse)\)?\.?$/i, 'wire-credit'],
  [/^\(?(?:additional )?(?:reporting by|writing by|editing by|compiled by|produced by)\b[^.]{0,200}\.?\)?\.?$/i, 'wire-credit'],
  [/^(?:published|first published|updated|last updated|posted)(?: on| at)?\s*[:-]?\s*\w{3,9}\.? \d{1,2},? \d{4}\b.{0,40}$/i, 'chrome'],
  // "KEY POINTS", "Highlights", "Key takeaways" (the box's header; its bullets stay)
  [/^(?:key points|key takeaways|takeaways|highlights|story highlights|top points|in brief|in short|at a glance|what we know|the big picture|quick read|tl;?dr)\s*:?$/i, 'key-points'],
  // "By Jane Doe", "By Jane Doe and John Roe, Reuters"
  [/^[Bb][Yy]\s+(?:[A-Z][\w.'’-]*\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\s*){1,4}){0,3}(?:[|,]\s*.{0,40})?$/, 'byline'],
  // Captions and credits
  [/^(?:photo|image|picture|file photo|video|photograph|illustration|graphic)(?: credit)?\s*[:|]/i, 'caption'],
  [/^\(?(?:photo|image|picture)s? (?:by|courtesy|credit)\b.{0,120}\)?$/i, 'caption'],
  [/\((?:photo|image|picture): [^)]{1,80}\)$/i, 'caption'],
  [/^(?:getty images|afp via getty images|reuters\/[\w ]+|ap photo\/[\w .]+)$/i, 'caption'],
  // "Credit: Kevin Frayer/Getty Images" (and the NYT's run-together "CreditKevin…")
  // (a colon, or no space at all: "Credit Suisse said…" is story text)
  [/^Credits?(?::\s*|(?=\p{Lu}))\p{Lu}[^.]{0,100}$/u, 'caption'],
  [/^about the authors?$/i, 'byline'],
  // Page furniture
  [/^(?:advertisement|sponsored(?: content)?|story continues below(?: advertisement)?|continue reading(?: below)?|scroll to continue|article continues after (?:this )?(?:ad|advertisement))$/i, 'chrome'],
  [/^(?:share(?: this)?(?: article| story| on)?|share via|tweet|email|print|copy link|comments?|\d+ comments?|follow us(?: on .{1,40})?|click here\b.{0,120}|tap here\b.{0,120})[:.!]?$/i, 'chrome'],
  [/^(?:sign up|subscribe|get (?:our|the) [\w ]{1,40}newsletter|join our|download (?:the|our) app|install (?:the|our) app|we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies|by continuing to use)\b.{0,200}$/i, 'chrome'],
  [/^(?:copyright|©|\(c\))\s*.{0,120}$/i, 'chrome'],
  [/^all rights reserved\.?$/i, 'chrome'],
  [/^(?:for the latest|stay updated|follow (?:the )?live updates|get the latest)\b.{0,160}(?:follow|subscribe|click|on (?:twitter|x|facebook|telegram|whatsapp|google news))\b.{0,80}$/i, 'chrome']
]

/** "— Rosaline Larkins (@PressSec) May 4, 2026", the signature under an embedded post. */
export const embedSignature = /^[—–-]{1,2}\s*(?<author>[^()\n]{1,80}?)\s*\(@(?<handle>\w{1,30})\)\s*(?<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})?\s*$/

/** `date 2025-12-29` at the start of a pasted article: the published date. */
export const dateMark = /^\s*date\s+(?<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)\b[ \t]*/i

/**
 * A dateline at the start of the first story paragraph: "WASHINGTON:",
 * "KYIV, Ukraine —", "MOSCOW, Dec 29 (Reuters) -", "NEW DELHI (AP) —". The place
 * must be in capitals, so an opening "US President…" is never taken for one.
 */
export const dateline = /^(?<place>[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3})(?:,\s*(?:[A-Z][a-z.]+(?: [A-Z][a-z.]+){0,2}))?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?\s*(?<wire>\((?:Reuters|AP|AFP|ANI|PTI|IANS|UPI|dpa|Bloomberg|CNN|BBC|TASS|Xinhua|Interfax)\))?\s*(?::|[—–]|--|-(?=\s))\s*/

/** A bullet: "- ", "* ", "• ", "– ", "1. ", "2) ". */
export const bullet = /^(?:[-*•·▪►–]|\d{1,2}[.)])\s+/

/** Find why `text` (one trimmed block) is boilerplate, if it is. */
export function boilerplateReason(text: string): BoilerplateReason | null {
  if (text.length > 400) return null
  for (const [pattern, reason] of boilerplatePatterns) if (pattern.test(text)) return reason
  if (embedSignature.test(text)) return 'embed-signature'
  return null
}
