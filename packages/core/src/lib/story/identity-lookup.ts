import type {LinkedEntity} from '../entities/types.js'
import {fullNameKey} from '../entities/name-key.js'

/** Cross-article ids by article and entity (a map per article: no key string per lookup) and by name key, and canonical names by id. */
export function identityLookup(linked: readonly LinkedEntity[]) {
  // The work per entity is in small functions (`addMembers`, `addNames`): an entity
  // named in every article makes a long loop, and the engine compiles a long loop's
  // function while it runs (here a small one, not this once-per-compare one).
  const byMember = new Map<string, Map<string, string>>()
  const byName = new Map<string, string>()
  const names = new Map<string, string>()
  for (let e = 0; e < linked.length; e++) {
    const entity = linked[e]!
    names.set(entity.id, entity.name)
    addMembers(byMember, entity)
    addNames(byName, entity)
  }
  return {byMember, byName, names}
}

/** Record the entity's id under each of its members (by article, then entity). */
function addMembers(byMember: Map<string, Map<string, string>>, {id, members}: LinkedEntity): void {
  for (let m = 0; m < members.length; m++) {
    const member = members[m]!
    let ofArticle = byMember.get(member.article)
    if (!ofArticle) byMember.set(member.article, ofArticle = new Map())
    ofArticle.set(member.entity, id)
  }
}

/** Record the entity's id under the key of its name and of each form, where no entity before it has that key. */
function addNames(byName: Map<string, string>, {id, name, forms}: LinkedEntity): void {
  addName(byName, fullNameKey(name), id)
  for (let f = 0; f < forms.length; f++) addName(byName, fullNameKey(forms[f]!.form), id)
}

function addName(byName: Map<string, string>, key: string, id: string): void {
  if (!byName.has(key)) byName.set(key, id)
}
