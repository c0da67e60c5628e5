import {memberWith} from './conflict-member.js'
import {onceByText} from './once-by-text.js'
import {pushTo} from '../push-to.js'
import type {Conflict, StoryClaim} from './types.js'

/**
 * Staff posts one person seldom holds two of at once, each with its class: names one
 * outlet may use for the post another calls otherwise ("spokesman", "press
 * secretary", "communications director") share a class. General English titles of
 * a campaign's or an office's staff; advisers, strategists and aides are left out
 * (many hold those alongside a post, and outlets use them loosely).
 */
const posts: ReadonlyArray<readonly [string, string]> = [
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'],
  ['press secretary', 'spokesperson'], ['communications director', 'spokesperson'], ['director of communications', 'spokesperson'],
  ['campaign manager', 'campaign manager'], ['campaign chairman', 'campaign chair'], ['campaign chairwoman', 'campaign chair'],
  ['campaign chair', 'campaign chair'], ['chief of staff', 'chief of staff'], ['chief strategist', 'chief strategist'],
  ['pollster', 'pollster'], ['speechwriter', 'speechwriter'], ['treasurer', 'treasurer'], ['general counsel', 'general counsel']
]
/**
 * Elected offices one person holds one of at a time, written as a capitalised title
 * right before the name ("Sen. Dana Holt", "Governor Dana Holt").
 */
const offices: ReadonlyArray<readonly [string, string]> = [
  ['Sen.', 'senator'], ['Senator', 'senator'], ['Rep.', 'representative'], ['Representative', 'representative'],
  ['Congressman', 'representative'], ['Congresswoman', 'representative'], ['Gov.', 'governor'], ['Governor', 'governor'], ['Mayor', 'mayor']
]
const classOf = new Map([...posts, ...offices.map(([office, officeClass]) => [office.toLowerCase(), officeClass] as const)])
/** Office titles as written: shown so in a summary ("Sen." vs "Rep."), where posts are shown in lower case. */
const officeTitles = new Set(offices.map(([title]) => title))
/** An office title, as written. */
const office = offices.map(([title]) => title.replace('.', String.raw`\.`)).join('|')
/** A post's words, each first letter in either case ("Press Secretary" as a title before the name). */
const post = posts.map(([phrase]) => phrase.split(' ').map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join('\\s+')).join('|')
/** A lower rank of the post: another post ("deputy campaign manager" is not the campaign manager). */
const rank = String.raw`(?:(?:[Dd]eputy|[Aa]ssistant)\s+)?`
/** A given name, an optional middle initial and a surname. */
const fullName = String.raw`\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}\.)?\s+\p{Lu}[\p{L}’'-]+`
/** "spokesman Pella Voss", "Her campaign manager, Pella Voss," */
const postFirst = new RegExp(String.raw`(?<![\p{L}-])(${rank}(?:${post})|(?<!(?:Lt\.|Lieutenant|Deputy|Vice|Assistant)\s+)(?:${office})),?\s+(${fullName})(?![\p{L}’'-])`, 'gu')
/** "Pella Voss, Orlo's spokeswoman", "Pella Voss, the campaign's communications director", "Pella Voss, also its spokeswoman" */
const nameFirst = new RegExp(String.raw`(?<![\p{L}-])(${fullName}),\s+(?:(?:the|a|an|his|her|their|its|also)\s+){0,2}(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}?(?:\p{Ll}+(?:'s|’s)\s+)?(?:(?:national|senior|chief|top|longtime|lead)\s+)?(${rank}(?:${post}))(?![\p{L}-])`, 'gu')
/** Words before a post that make it not the present one ("former spokesman", "then-campaign manager"). */
const notNow = /(?:former|ex|then|onetime|one-time|erstwhile|previous|outgoing|incoming|future|acting|interim|would-be|prospective)(?:\s+|-)(?:\S+\s+){0,3}$/iu
/** How far before a post `notNow` looks. */
const lookBack = 48

interface Posted {
  claim: StoryClaim
  /** The post as written ("campaign manager"). */
  text: string
  /** Its class ("deputy campaign manager"; "spokesperson" for "press secretary"). */
  postClass: string
}

/** A quick test before the full patterns: most sentences name no post at all. */
const anyPost = /[Ss]pokes|[Ss]ecretary|[Cc]ommunications|[Cc]ampaign|[Cc]hief|[Pp]ollster|[Ss]peechwriter|[Tt]reasurer|[Cc]ounsel|Sen|Rep|Congress|Gov|Mayor/

/** Each full name a sentence gives a present post, with the post as written and its class. */
const postsIn = onceByText((text: string): Array<{name: string, text: string, postClass: string, office: boolean}> => {
  const out: Array<{name: string, text: string, postClass: string, office: boolean}> = []
  if (!anyPost.test(text)) return out
  const add = (name: string, written: string, at: number) => {
    if (notNow.test(text.slice(Math.max(0, at - lookBack), at))) return
    const words = written.toLowerCase().split(/\s+/)
    const lower = words[0] === 'deputy' || words[0] === 'assistant' ? words.slice(1).join(' ') : words.join(' ')
    const postClass = classOf.get(lower)
    if (!postClass) return
    out.push({name: name.replace(/\s+/g, ' '), text: written.replace(/\s+/g, ' '), postClass: lower === words.join(' ') ? postClass : `${words[0]} ${postClass}`, office: officeTitles.has(written)})
  }
  for (const match of text.matchAll(postFirst)) add(match[2]!, match[1]!, match.index)
  for (const match of text.matchAll(nameFirst)) add(match[1]!, match[2]!, match.index + match[0].length - match[2]!.length)
  return out
})

/**
 * Post conflicts: one person, by full name, given different staff posts by different
 * outlets ("campaign manager Pella Voss" / "spokeswoman Pella Voss"), or different
 * elected offices ("Sen." / "Rep."). Posts are compared with posts and offices with
 * offices (a senator can chair a campaign). Only outlets that give the person one
 * post (or office) count (a person can hold two, and an outlet that writes both knows
 * it); a former, acting or incoming post is no present one; names for one post
 * ("spokesman", "press secretary") are one class. One conflict per person and kind
 * of title, with the first sentence of every such outlet.
 */
export function findPostConflicts(claims: readonly StoryClaim[]): Array<Omit<Conflict, 'id'>> {
  const byName = new Map<string, Map<string, Posted[]>>()
  for (const claim of claims) {
    for (const found of postsIn(claim.text)) {
      const key = `${found.office ? 'office' : 'post'}\u0000${found.name}`
      let byFile = byName.get(key)
      if (!byFile) byName.set(key, byFile = new Map())
      pushTo(byFile, claim.file, {claim, text: found.text, postClass: found.postClass})
    }
  }
  const out: Array<Omit<Conflict, 'id'>> = []
  for (const [key, byFile] of byName) {
    if (byFile.size < 2) continue
    const [family, name] = key.split('\u0000') as [string, string]
    // Each outlet that gives one post: its first sentence that gives it.
    const single = [...byFile.values()].filter((found) => new Set(found.map((p) => p.postClass)).size === 1).map((found) => found[0]!)
    if (new Set(single.map((p) => p.postClass)).size < 2) continue
    out.push({
      kind: 'role', group: null, confidence: 0.55,
      reason: `outlets give one person, by full name, different ${family === 'office' ? 'elected offices' : 'staff posts'}, and none gives both`,
      summary: `${name}: ${[...new Set(single.map((p) => (officeTitles.has(p.text) ? p.text : p.text.toLowerCase())))].join(' vs ')}`,
      members: single.map((p) => memberWith(p.claim, p.text))
    })
  }
  return out
}
