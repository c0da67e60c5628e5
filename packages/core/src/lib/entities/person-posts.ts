import {officeOf} from './office-holders.js'
import type {Entity, Mention} from './types.js'

/**
 * Staff posts one person seldom holds two of at once, each with its class: names one
 * outlet may use for the post another calls otherwise ("spokesman", "press
 * secretary", "communications director") share a class. General English titles of
 * a campaign's or an office's staff; advisers, strategists and aides are left out
 * (many hold those alongside a post, and outlets use them loosely).
 */
const postClasses: ReadonlyMap<string, string> = new Map([
  ['spokesman', 'spokesperson'], ['spokeswoman', 'spokesperson'], ['spokesperson', 'spokesperson'],
  ['press secretary', 'spokesperson'], ['communications director', 'spokesperson'], ['director of communications', 'spokesperson'],
  ['campaign manager', 'campaign manager'], ['campaign chairman', 'campaign chair'], ['campaign chairwoman', 'campaign chair'],
  ['campaign chair', 'campaign chair'], ['chief of staff', 'chief of staff'], ['chief strategist', 'chief strategist'],
  ['pollster', 'pollster'], ['speechwriter', 'speechwriter'], ['treasurer', 'treasurer'], ['general counsel', 'general counsel']
])
/** Elected offices one person holds one of at a time (`officeOf`'s names for "Sen.", "Congresswoman"…). */
const electedOffices: ReadonlySet<string> = new Set(['senator', 'representative', 'governor', 'mayor'])
/** A lower rank of the post or office: another post ("deputy campaign manager", "Lt. Gov."). */
const lowerRanks: ReadonlySet<string> = new Set(['deputy', 'assistant', 'associate', 'vice', 'lt.', 'lieutenant'])
/** Words before a post that make it not the present one ("former spokesman", "then-campaign manager"). */
const notNow = /(?:^|[^\p{L}])(?:former|ex|then|onetime|one-time|erstwhile|previous|outgoing|incoming|future|acting|interim|would-be|prospective)(?:\s+|-)(?:\S+\s+){0,3}\S*$/iu
/** How far before a title `notNow` looks (a capital "Former" opens no title: it is left before it). */
const lookBack = 48
/** Between a name and the role set off after it: a comma, "also", an owner ("Voss, Orlo's spokeswoman", "Voss, also its spokeswoman"). */
const nameThenRole = /^,\s+(?:also\s+)?(?:(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*[’']s\s+)?$/u

/** A staff post or elected office an article gives a person at one mention. */
export interface PersonPost {
  /** The mention that carries it: a titled name, or a role set off beside a name. */
  mention: Mention
  /** The post as written ("campaign manager"; an office's title as written, "Sen."). */
  text: string
  /** Its class ("spokesperson" for "press secretary"; "deputy campaign manager"). */
  postClass: string
  /** An elected office rather than a staff post. */
  office: boolean
  /** Read beside a full name, not a surname or a role alone. */
  full: boolean
}

/**
 * The present staff posts and elected offices an article gives a person: from the
 * title before each of its names ("spokesman Pella Voss", "Sen. Voss") and each role
 * set off beside one ("Ms. Voss, the spokeswoman,", "Her campaign manager, Pella
 * Voss,"). A former, acting or incoming post is none; an office is read from a
 * capitalised title only, and a lower rank of it ("Lt. Gov.") is none.
 */
export function personPosts(entity: Entity, text: string): PersonPost[] {
  const out: PersonPost[] = []
  const names = entity.mentions.filter((mention) => mention.kind !== 'role')
  for (const mention of entity.mentions) {
    if (mention.kind === 'role') {
      // "the group's chief of staff": the role noun ends at its head, its field follows.
      const field = /^ of (?:staff|communications)\b/.exec(text.slice(mention.end, mention.end + 20))
      const end = mention.end + (field ? field[0].length : 0)
      const beside = names.find((name) => nameThenRole.test(text.slice(name.end, mention.start)) || /^,\s+$/.test(text.slice(end, name.start)))
      if (!beside) continue
      const post = staffPost(field ? mention.text + field[0] : mention.text, text, mention.start)
      if (post) out.push({mention, ...post, office: false, full: fullNameMention(beside)})
      continue
    }
    if (!mention.title) continue
    const office = electedOffice(mention.title.text, text, mention.title.start)
    if (office) { out.push({mention, text: office, postClass: officeOf(office)!, office: true, full: fullNameMention(mention)}); continue }
    const post = staffPost(mention.title.text, text, mention.title.start)
    if (post) out.push({mention, ...post, office: false, full: fullNameMention(mention)})
  }
  return out
}

/** Whether a mention writes a full name ("Pella Voss"), not a surname or a role alone. */
export function fullNameMention(mention: Mention): boolean {
  return mention.kind === 'name' && /\s/.test(mention.text)
}

/** Whether the words before a title at `start` (and the title's own) make it not the present post. */
function former(title: string, text: string, start: number): boolean {
  return notNow.test(`${text.slice(Math.max(0, start - lookBack), start)}${title}`)
}

/** The staff post a title or role ends with ("His campaign manager"), and its class. */
function staffPost(title: string, text: string, start: number): {text: string, postClass: string} | null {
  const words = title.toLowerCase().split(/\s+/)
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = words.slice(-n).join(' ')
    const postClass = postClasses.get(phrase)
    if (!postClass) continue
    if (former(title, text, start)) return null
    const rank = words[words.length - n - 1]
    const written = title.split(/\s+/).slice(-n).join(' ')
    return rank !== undefined && lowerRanks.has(rank) ? {text: `${rank} ${written}`, postClass: `${rank} ${postClass}`} : {text: written, postClass}
  }
  return null
}

/** The elected office a capitalised title names, as written ("Sen."), unless of a lower rank or former. */
function electedOffice(title: string, text: string, start: number): string | null {
  const office = officeOf(title)
  if (!office || !electedOffices.has(office)) return null
  const words = title.split(/\s+/)
  const head = words.at(-1)!
  if (officeOf(head) !== office || words.slice(0, -1).some((word) => lowerRanks.has(word.toLowerCase())) || former(title, text, start)) return null
  return head
}
