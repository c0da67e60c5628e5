import type {BoilerplateReason} from '../types.js'

/**
 * Whole lines of page furniture that news and blog templates print inside the story
 * container, by what they are. Each pattern is tested against one trimmed block of
 * at most 200 characters. General English template wording (collected from common
 * CMS themes: WordPress, Arc, Brightspot), kept as data so that a new template's
 * line is one entry here. Examples in comments are invented.
 */
export const furnitureLines: ReadonlyArray<readonly [RegExp, BoilerplateReason]> = [
  // "Have a tip? Dana Okafor may be reached at …", "Got a news tip? Email us"
  [/^(?:have|got) a (?:news )?tip\b/i, 'chrome'],
  // "Like this story? Share it with a friend!", "Enjoyed this article? …"
  [/^(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post)\?/i, 'chrome'],
  // "SEE MORE: Council approves the budget" (an inline pointer to another story)
  [/^see (?:more|also)\s*[:|]/i, 'related-link'],
  // Skip links, slideshow and player notes, gallery counters and controls.
  [/^(?:skip to (?:main )?content|jump to (?:main )?content|this (?:slideshow|gallery|video|content) requires javascript\.?)$/i, 'chrome'],
  [/^(?:image|photo|slide|picture) \d+ (?:of|\/) ?\/? ?\d*$/i, 'caption'],
  [/^(?:caption|close|expand|collapse|advert|ad|loading\.*|previous|next|prev|back to top|view comments|post (?:a )?comment(?: \(\+\))?|leave a (?:comment|reply)|show comments|hide caption|toggle caption|enlarge this image|text size|print(?: this)?(?: article| story| page)?|order reprints|reprints)$/i, 'chrome'],
  // "Tell us what you think", "What do you think? Let us know in the comments"
  [/^(?:tell us what you think|what do you think\?|let us know (?:what you think|in the comments))\b.{0,120}$/i, 'chrome'],
  // Affiliate and comment-policy notes.
  [/\b(?:contains?|may contain) affiliate\b.{0,160}$/i, 'chrome'],
  [/^(?:comments? (?:are|is) (?:moderated|closed)|we reserve the right to (?:edit|remove|delete)|please (?:keep|be) (?:comments|respectful))\b.{0,200}$/i, 'chrome'],
  // "Filed under: Politics |", "Tags: budget, council", "Categories: Local"
  [/^(?:filed under|tags?|tagged(?: with)?|categor(?:y|ies)|topics?)\s*:.{0,160}$/i, 'chrome'],
  // A lone "By" left when the name is a link elsewhere; "Opinion Columnist", "Staff Writer"
  [/^by$/i, 'byline'],
  [/^(?:(?:opinion|guest|senior|contributing|staff) )?(?:columnist|writer|reporter|correspondent|contributor|editor)$/i, 'byline'],
  // "DON'T MISS: Council approves the budget [LATEST]", "Also on riverton.com: …"; a
  // run of teasers each tagged in brackets: "Storm hits coast [VIDEO] | Mayor quits [LATEST]".
  [/^(?:DON[’']T MISS|MUST READ|READ MORE|ALSO READ|RELATED)\b[\s:|-]*\S/u, 'related-link'],
  [/^also on [\w-]+(?:\.[\w-]+)+\b/i, 'related-link'],
  [/\[\p{Lu}{3,}\][^[]*\[\p{Lu}{3,}\]/u, 'related-link'],
  // "Dana Okafor is a reporter for the Riverton Courier." (the author's note at the end)
  [/^(?:\p{Lu}[\p{L}.'’-]+ ){1,3}is an? (?:[\p{L}-]+ ){0,3}(?:reporter|writer|correspondent|editor|producer|contributor|columnist)\b[^.]{0,80}\.?$/u, 'byline'],
  // "Write to Dana Okafor at dana@example.com", "Email Jo Park at jo@example.com or follow her @jopark"
  [/^(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact|[Rr]each) (?:\p{Lu}[\p{L}.'’-]+ ){1,3}at [\w.+-]+@[\w-]+\.[\w.]+/u, 'byline'],
  // "Jo Park | Riverton Wire | Getty Images": a photo credit line.
  [/^[^|]{2,60}(?: \| [^|]{2,60}){1,3} \| (?:getty images|shutterstock|reuters|afp|ap|epa)$/i, 'caption'],
  // "GET THE RIVERTON APP BY CLICKING HERE": a call to action, in capitals.
  [/^[^\p{Ll}]*\bCLICK(?:ING)? HERE\b[^\p{Ll}]*$/u, 'chrome'],
  // "Sign up for the Riverton Daily today to get our free newsletter." (an imperative,
  // not "Residents can sign up for the newsletter at city hall"); "Every morning we
  // send an email with the top stories."
  [/(?:^|[.!?]\s+)sign up (?:for|to)\b.{0,80}\bnewsletters?\b/i, 'chrome'],
  [/^every (?:day|week|morning|evening) we send (?:an? |our )?(?:e-?mail|newsletter)\b/i, 'chrome'],
  // "The contents of this site are © 2026 Riverton Media." (the site's footer)
  [/^(?:the )?(?:entire )?contents? of this (?:site|website|page) (?:are|is)\b/i, 'chrome'],
  // "A version of this article appears in print on …, Section A, Page 4" (a print-edition note)
  [/^a version of this (?:article|story|review) (?:appears|appeared) in print\b/i, 'chrome'],
  // "Reading time: 3 minutes", "5 min read"
  [/^(?:(?:estimated )?reading time:? ?\d+ ?(?:min(?:ute)?s?)?|\d+ ?min(?:ute)?s? read)$/i, 'chrome'],
  // A comment policy, in the site's voice or under a notice label ("Note: we moderate
  // all comments", "ATENÇÃO: comentários … não serão aprovados pelo moderador").
  [/^(?=.*\b(?:comment|coment[aá]ri|commentair|comentari|comment[io]|kommentar|komentar|reactie)\w*)(?=.*\bmod[eé]r)(?=^[\p{L} ]{2,20}:|.*\b(?:we|our|us|you|your)\b).{0,200}$/iu, 'chrome'],
  // A caption left as a paragraph, told by its credit: "… in Riverton. (Photo by Jo
  // Park/Riverton Wire)", "(AP Photo/Jo Park, File)", "(credit: Riverton Port Authority)".
  [/\((?:\p{Lu}[\p{L}.]* )?(?:photo|photograph|image|picture|foto)s? ?(?:by\b|\/|credit\b|:)[^()]{1,80}\)\.?$/iu, 'caption'],
  [/\(credits?: [^()]{1,80}\)\.?$/i, 'caption'],
  // "Omar Reyes contributed to this report.", "Sara Lund contributed reporting from
  // Varik.", "Contributing: Pavel Marek" (a credit line, not story text).
  [/^[\p{L}’'.,& -]{2,160} contributed (?:to )?(?:this |the )?(?:report|reporting|story|article)\b[^.]{0,60}\.?$/iu, 'wire-credit'],
  [/^[Cc]ontributing:\s*\p{Lu}[^.]{0,100}$/u, 'wire-credit'],
  // "Follow our full coverage of the election at https://…", "More Riverton sports:
  // https://…", "Reach the reporters on Twitter at https://…" (pointers at the foot).
  [/^follow (?:[\p{L}’'.]+ ){0,3}(?:full |complete |latest |continuing )?coverage\b.{0,120}$/iu, 'related-link'],
  [/^more [\p{L}\p{N}’' ]{1,30}:\s*https?:\/\/\S+.{0,80}$/iu, 'related-link'],
  [/^(?:reach|follow|contact) (?:the )?(?:reporters?|writers?|authors?|him|her|them)\b.{0,40}\b(?:on twitter|https?:\/\/|@\w)/i, 'byline'],
  // The site's postal footer: an address with a fax number ("… Riverton 20006 | 555-0100 tel | 555-0101 fax").
  [/^(?=.*\bfax\b)(?=.*\d[\d ()./+-]{6,}\d).{0,200}$/i, 'chrome'],
  // "This document is subject to copyright. …", "Citation: … retrieved … from https://…"
  [/^this (?:document|article|story|material|content|page) is (?:subject to|protected by) copyright\b/i, 'chrome'],
  [/^(?:citation|cite this(?: article| page| story)?|how to cite(?: this article)?)\s*:.{0,200}\bhttps?:\/\//i, 'chrome'],
  // "[Related: Council approves the budget]"; "Read also" in other languages (Wiktionary's
  // translations of "see also" / "read also"): "Leggi anche: …", "Lesen Sie auch", "Leia também".
  [/^\[(?:related|see also|read more|also read|more)\s*:[^\]]{1,160}\]$/i, 'related-link'],
  [/^[([]?(?:leggi anche|vedi anche|lesen sie auch|lies auch|siehe auch|lire aussi|à lire aussi|voir aussi|leia também|veja também|lea también|vea también|ver también|lees ook|zie ook|läs också|se även|czytaj także|czytaj też)\b/i, 'related-link'],
  // An unrendered CMS shortcode: "[button link="…"] Send us your review[/button]".
  [/^\[[a-z_]+(?:\s[^\]]*)?\].{0,120}\[\/[a-z_]+\]$/i, 'chrome']
]

/** Calls to action that run longer than one line: matched on blocks of up to 400 characters. */
const longLines: ReadonlyArray<readonly [RegExp, BoilerplateReason]> = [
  // "If you enjoyed this article, we have an offer for you: join …"
  [/^if you (?:enjoyed|liked|found value in|appreciate[d]?) (?:this|our) (?:story|article|post|piece|reporting|journalism)\b/i, 'chrome']
]

/**
 * Headers of a box of links to other articles ("You may also like…", "More:",
 * "Latest news", "Popular this week"): the short blocks right after one are links too.
 */
export const relatedHeader = /^(?:also read|read also|read more|more to read|must read|see also|related(?: stories| articles| posts?| coverage| news| content| links| reading)?|recommended(?: for you| stories| reading| articles)?|more(?: great [\w ]{1,30})? (?:stories|news|articles|headlines|coverage|videos)|more(?: from [^:|]{1,40}| on this(?: story)?| in [^:|]{1,30})?|you (?:may|might|will) also (?:like|enjoy|be interested in)|don[’']t miss|trending(?: now| stories| news)?|(?:most|the most) (?:read|popular|viewed|shared)(?: stories| articles| now| this week| today)?|popular (?:now|stories|articles|this week|today)|(?:latest|recent|top|breaking) (?:news|stories|articles|headlines|posts)|what to read next|read next|up next|keep reading|see more|(?:want )?more (?:stories|articles) like this\??)\s*[:|»>–—.…-]*$/i

/** Why a line is furniture, if it is. */
export function furnitureReason(text: string): BoilerplateReason | null {
  if (text.length > 400) return null
  if (text.length <= 200) for (const [pattern, reason] of furnitureLines) if (pattern.test(text)) return reason
  for (const [pattern, reason] of longLines) if (pattern.test(text)) return reason
  return null
}
