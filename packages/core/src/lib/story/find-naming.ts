import {nameKey} from '../entities/name-key.js'
import type {ArticleEntities, LinkedEntity} from '../entities/types.js'
import type {NamingEntry} from './types.js'

/**
 * Which outlets spell an entity which way (Zelensky / Zelenskyy, Yuri / Yury, Kyiv /
 * Kiev) and which titles they give it ("acting President"). An entity is listed
 * when two of its forms spell one name word differently, or when outlets give it
 * different titles; "Trump" beside "Donald Trump" alone is not a naming variant.
 */
export function findNaming(linked: readonly LinkedEntity[], perArticle: readonly ArticleEntities[], fileOf: ReadonlyMap<string, string>): NamingEntry[] {
  const entitiesById = new Map(perArticle.map((item) => [item.article, new Map(item.entities.map((entity) => [entity.id, entity]))]))
  const entries: NamingEntry[] = []
  for (const entity of linked) {
    const variants = entity.forms.map((form) => ({form: form.form, files: unique(form.articles.map((id) => fileOf.get(id) ?? id))}))
    const titles = new Map<string, Set<string>>()
    for (const member of entity.members) {
      const found = entitiesById.get(member.article)?.get(member.entity)
      for (const mention of found?.mentions ?? []) {
        if (!mention.title) continue
        const title = mention.title.text.replace(/\s+/g, ' ').trim()
        if (!titles.has(title)) titles.set(title, new Set())
        titles.get(title)!.add(fileOf.get(member.article) ?? member.article)
      }
    }
    const titleList = [...titles].map(([title, files]) => ({title, files: [...files]}))
    const differentTitles = new Set(titleList.map((entry) => entry.title.toLowerCase())).size > 1 && titleList.some((entry) => entry.files.length < fileOf.size)
    if (!spellsDifferently(variants.map((variant) => variant.form)) && !differentTitles) continue
    entries.push({entity: entity.id, name: entity.name, kind: entity.kind, variants, titles: titleList})
  }
  return entries
}

/** Whether two forms write one name word in two spellings (same transliteration key). */
function spellsDifferently(forms: readonly string[]): boolean {
  const spellings = new Map<string, Set<string>>()
  for (const form of forms) {
    for (const word of form.split(/[\s-]+/)) {
      const clean = word.replace(/[’']s$/, '').replace(/[^\p{L}]/gu, '')
      if (clean.length < 2) continue
      const key = nameKey(clean)
      if (!spellings.has(key)) spellings.set(key, new Set())
      spellings.get(key)!.add(clean.toLowerCase())
      if (spellings.get(key)!.size > 1) return true
    }
  }
  return false
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)]
}
