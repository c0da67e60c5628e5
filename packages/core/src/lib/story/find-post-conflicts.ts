import type {LinkedGroup} from '../entities/link-entities.js'
import {fullNameMention, personPosts, type PersonPost} from '../entities/person-posts.js'
import {indexHolding} from '../span-index.js'
import {pushTo} from '../push-to.js'
import {memberWith} from './conflict-member.js'
import type {Conflict, StoryClaim} from './types.js'

/** An article of the story: its file and text. */
interface Source {
  file: string
  text: string
}

/** As sure as a slot that differs across outlets, a little less when a post is read beside a surname or a role alone. */
const confidenceFull = 0.55
const confidencePart = 0.5

/**
 * Post conflicts: one person, as story linking joins them across outlets, given
 * different staff posts by different outlets ("campaign manager Pella Voss" /
 * "Ms. Voss, the spokeswoman,"), or different elected offices ("Sen." / "Rep.").
 * Posts are read from the person's mentions (`personPosts`: the title before a
 * name, a role set off beside one) in articles that name them in full. Posts are
 * compared with posts and offices with offices (a senator can chair a campaign).
 * Only outlets that give the person one post (or office) count (a person can hold
 * two, or hold one after another, and an outlet that writes both knows it); names for
 * one post ("spokesman", "press secretary") are one class. One conflict per person and
 * kind of title, with the first sentence of every such outlet that states it in a claim.
 */
export function findPostConflicts(groups: readonly LinkedGroup[], sources: ReadonlyMap<string, Source>, claims: readonly StoryClaim[]): Array<Omit<Conflict, 'id'>> {
  const out: Array<Omit<Conflict, 'id'>> = []
  let claimsOf: Map<string, StoryClaim[]> | null = null
  for (const {linked, entities} of groups) {
    if (linked.kind !== 'person' || entities.length < 2) continue
    // Per family (posts, offices): each file's posts, in text order.
    const byFamily = new Map<boolean, Map<string, Array<{post: PersonPost, article: string}>>>()
    for (let e = 0; e < entities.length; e++) {
      const entity = entities[e]!
      const article = linked.members[e]!.article
      const source = sources.get(article)
      // The person is named in full in the article: a surname alone may be another of that name.
      if (!source || !entity.mentions.some(fullNameMention)) continue
      for (const post of personPosts(entity, source.text)) {
        let byFile = byFamily.get(post.office)
        if (!byFile) byFamily.set(post.office, byFile = new Map())
        pushTo(byFile, source.file, {post, article})
      }
    }
    for (const [office, byFile] of byFamily) {
      if (byFile.size < 2) continue
      const single = [...byFile.values()].filter((found) => new Set(found.map(({post}) => post.postClass)).size === 1)
      if (new Set(single.map((found) => found[0]!.post.postClass)).size < 2) continue
      const ofArticle = claimsOf ??= byArticle(claims)
      const members: Array<{claim: StoryClaim, post: PersonPost}> = []
      for (const found of single) {
        found.sort((a, b) => a.post.mention.start - b.post.mention.start)
        const stated = found.map(({post, article}) => ({post, claim: claimAt(ofArticle.get(article), post.mention.start)})).find(({claim}) => claim !== null)
        if (stated) members.push({claim: stated.claim!, post: stated.post})
      }
      if (new Set(members.map(({post}) => post.postClass)).size < 2) continue
      const full = members.every(({post}) => post.full)
      out.push({
        kind: 'role', group: null, confidence: full ? confidenceFull : confidencePart,
        reason: `outlets give one person different ${office ? 'elected offices' : 'staff posts'} (read from the title before the name or the role set beside it${full ? '' : ', in one outlet beside a surname or title alone'}), and none gives both`,
        summary: `${linked.name}: ${[...new Set(members.map(({post}) => (post.office ? post.text : post.text.toLowerCase())))].join(' vs ')}`,
        members: members.map(({claim, post}) => memberWith(claim, post.text))
      })
    }
  }
  return out
}

/** The claims of each article, in text order. */
function byArticle(claims: readonly StoryClaim[]): Map<string, StoryClaim[]> {
  const out = new Map<string, StoryClaim[]>()
  for (const claim of claims) pushTo(out, claim.article, claim)
  for (const list of out.values()) list.sort((a, b) => a.start - b.start)
  return out
}

/** The claim whose span holds `at`, or null. */
function claimAt(claims: readonly StoryClaim[] | undefined, at: number): StoryClaim | null {
  const index = claims ? indexHolding(claims, at) : -1
  return index < 0 ? null : claims![index]!
}
