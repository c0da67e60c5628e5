import {expectStory} from '../report/expect-story.js'
import {factBasis} from '../report/shared-facts.js'
import {changedWords} from '../report/span-notes.js'
import {ownSpeaker} from '../report/speaker-overrides.js'
import {articleIri, indexTexts, storyId, type StoryText} from './story-text.js'
import type {Story} from './types.js'

/** A node of a schema.org JSON-LD graph. */
export interface JsonLdNode {
  '@type': string
  '@id': string
  [property: string]: unknown
}

/** A schema.org JSON-LD document: one graph. */
export interface JsonLdGraph {
  '@context': 'https://schema.org'
  '@graph': JsonLdNode[]
}

/**
 * The story as schema.org JSON-LD: each article a `NewsArticle` (headline,
 * publisher, datePublished, url), each speaker a `Person` or `Organization`, each
 * quote group a `Quotation` (the fullest rendering's text, `creator` and
 * `spokenByCharacter` the speaker, each outlet's rendering a `workExample` that
 * says its verdict against the fullest and the words changed in `description`, with
 * the speaker its outlet gives when the group's overrides it, and
 * `isPartOf` its article), and each fact group a `Claim` (its `description` says
 * how sure the grouping is) with every article it
 * `appearance`s in and its `firstAppearance` (the earliest dated article; left out
 * when no carrying article is dated). Ids are stable IRIs: an article's URL when
 * known, else URNs made from the article and story ids.
 *
 * `articles` gives URLs and outlet names; articles missing from it are described
 * from the story alone.
 *
 * @throws {TypeError} When `story` is not a Story.
 */
export function storyToJsonLd(story: Story, articles: readonly StoryText[] = []): JsonLdGraph {
  expectStory(story)
  const texts = indexTexts(articles)
  const id = storyId(story)
  const graph: JsonLdNode[] = []
  const articleNode = new Map<string, {'@id': string, published: string | null}>()
  for (const article of story.articles) {
    const given = texts.get(article.file)
    const iri = articleIri(article.id, given?.url)
    const outlet = given?.outlet ?? article.outlet
    articleNode.set(article.file, {'@id': iri, published: article.published})
    graph.push(compact({
      '@type': 'NewsArticle',
      '@id': iri,
      identifier: article.id,
      headline: article.title,
      url: given?.url || null,
      datePublished: article.published,
      publisher: outlet ? {'@type': 'Organization', name: outlet} : null
    }))
  }
  const ref = (file: string) => ({'@id': articleNode.get(file)?.['@id'] ?? `urn:corroborate:file:${encodeURIComponent(file)}`})

  const speakers = new Map<string, string>()
  const speakerRef = (name: string, entity: string | null): {'@id': string} => {
    const key = entity ?? `name:${name}`
    let iri = speakers.get(key)
    if (!iri) {
      iri = `${id}#${entity ?? `speaker-${speakers.size + 1}`}`
      speakers.set(key, iri)
      const linked = entity ? story.entities.find((candidate) => candidate.id === entity) : undefined
      const forms = linked ? linked.forms.map((form) => form.form).filter((form) => form !== name) : []
      graph.push(compact({'@type': linked?.kind === 'organization' ? 'Organization' : 'Person', '@id': iri, name, alternateName: forms.length > 0 ? forms : null}))
    }
    return {'@id': iri}
  }

  for (const group of story.quoteGroups) {
    const speaker = group.speaker ? speakerRef(group.speaker, group.entity) : null
    graph.push(compact({
      '@type': 'Quotation',
      '@id': `${id}#${group.id}`,
      text: group.members[group.fullest]?.text ?? null,
      creator: speaker,
      spokenByCharacter: speaker,
      // Each rendering says how it compares with the fullest (identical, excerpt, altered, paraphrase) and, altered, which words.
      workExample: group.members.map((member, index) => {
        const said = index === group.fullest ? 'the fullest rendering' : [member.verdict, changedWords(member.changes)].filter(Boolean).join(': ')
        const own = ownSpeaker(group, index)
        return {
          '@type': 'Quotation', '@id': `${id}#${group.id}-${index}`, text: member.text, isPartOf: ref(member.file),
          description: own ? `${said}; this outlet attributes it to ${own}` : said
        }
      })
    }))
  }

  for (const group of story.claimGroups) {
    const files = [...new Set(group.members.map((member) => member.file))]
    const dated = files.map((file) => ({file, published: articleNode.get(file)?.published ?? null})).filter((item) => item.published)
    const first = dated.sort((a, b) => (a.published! < b.published! ? -1 : a.published! > b.published! ? 1 : 0))[0]
    graph.push(compact({
      '@type': 'Claim',
      '@id': `${id}#${group.id}`,
      text: group.members[0]?.text ?? null,
      description: factBasis(group),
      appearance: files.map(ref),
      firstAppearance: first ? ref(first.file) : null
    }))
  }
  return {'@context': 'https://schema.org', '@graph': graph}
}

/** The node without its null properties: JSON-LD has no use for them. */
function compact(node: JsonLdNode): JsonLdNode {
  return Object.fromEntries(Object.entries(node).filter(([, value]) => value !== null && value !== undefined)) as JsonLdNode
}
