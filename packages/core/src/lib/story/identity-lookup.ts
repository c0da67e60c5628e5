import type {LinkedEntity} from '../entities/types.js'
import {fullNameKey} from '../entities/name-key.js'
import {packedMap} from '../packed-map.js'

/** Cross-article ids by article and entity (a map per article: no key string per lookup) and by name key, and canonical names by id. */
export function identityLookup(linked: readonly LinkedEntity[]) {
  const byMember = new Map<string, Map<string, string>>()
  const byName = new Map<string, string>()
  const names = new Map<string, string>()
  for (const entity of linked) {
    names.set(entity.id, entity.name)
    for (const member of entity.members) {
      let ofArticle = byMember.get(member.article)
      if (!ofArticle) byMember.set(member.article, ofArticle = new Map())
      ofArticle.set(member.entity, entity.id)
    }
    for (const key of packedMap([entity.name, ...packedMap(entity.forms, (form) => form.form)], fullNameKey)) if (!byName.has(key)) byName.set(key, entity.id)
  }
  return {byMember, byName, names}
}
