import {describe, expect, test} from 'vitest'
import {findEntities, parseArticle} from '../../src/index.js'
import {expectFixture, fixtureCases} from '../helpers/fixtures.js'

// `UPDATE_FIXTURES=1 npx vitest run packages/core/test/entities` writes the JSON anew.
describe('entity fixtures', () => {
  for (const {name, file, input} of fixtureCases('entities', '.txt')) {
    test(name, () => {
      const article = parseArticle(input, {format: 'text'})
      const {entities, mentions} = findEntities(article)
      for (const mention of mentions) expect(article.text.slice(mention.start, mention.end)).toBe(mention.text)
      expectFixture(file, entities.map((entity) => ({
        kind: entity.kind,
        name: entity.name,
        mentions: entity.mentions.map((mention) => ({text: mention.text, kind: mention.kind, ...(mention.title ? {title: mention.title.text} : {})}))
      })))
    })
  }
})
