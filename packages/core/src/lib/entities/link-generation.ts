import type {Group, Member} from './link-state.js'

/**
 * Whether the member may be of the group's generation: the same suffix, or the group holds
 * no entity of the member's article with its given name and another suffix that the article
 * names after the name without it ("Dorian Marle … Dorian Marle Jr." is his son; "Dorian
 * Marle III … Dorian Marle" is one man, written short).
 */
export function sameGeneration(group: Group, member: Member): boolean {
  const {given, suffix} = member.reading
  if (group.suffix === suffix) return true
  const members = group.members
  for (let i = 0; i < members.length; i++) {
    const other = members[i]!
    if (other.article !== member.article || other.reading.given !== given || other.reading.suffix === suffix) continue
    if (suffix !== null && other.reading.suffix !== null) return false
    const [bare, suffixed] = suffix === null ? [member, other] : [other, member]
    if (firstAt(bare) < firstAt(suffixed)) return false
  }
  return true
}

function firstAt(member: Member): number {
  return member.entity.mentions[0]?.start ?? 0
}
