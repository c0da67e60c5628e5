import {findClaims} from '../claims/find-claims.js'
import {anchorDates} from './anchor-dates.js'
import type {Claim} from '../claims/types.js'
import {findEntities} from '../entities/find-entities.js'
import {linkEntityGroups} from '../entities/link-entities.js'
import {fullNameKey} from '../entities/name-key.js'
import type {ArticleEntities} from '../entities/types.js'
import {findQuotes} from '../quotes/find-quotes.js'
import type {Quote} from '../quotes/types.js'
import type {Article} from '../types.js'
import {buildTimeline} from './build-timeline.js'
import {crossPairCounter} from './cross-pairs.js'
import {findConflicts} from './find-conflicts.js'
import {findPairConflicts} from './find-pair-conflicts.js'
import {placeSpansOf} from './find-place-conflicts.js'
import {findAdmissionConflicts} from './find-admission-conflicts.js'
import {findAgeConflicts} from './find-age-conflicts.js'
import {findAgentConflicts, personSpansOf} from './find-agent-conflicts.js'
import {findEventConflicts, namesEvent} from './find-event-conflicts.js'
import {findExclusives} from './find-exclusives.js'
import {findIdentityConflicts} from './find-identity-conflicts.js'
import {findNoveltyConflicts} from './find-novelty-conflicts.js'
import {findSettledQuestions} from './find-settled-questions.js'
import {findTallyConflicts} from './find-tally-conflicts.js'
import {findTimeConflicts} from './find-time-conflicts.js'
import {findFraming} from './find-framing.js'
import {findNaming} from './find-naming.js'
import {findStanceConflicts} from './find-stance-conflicts.js'
import {findActDateConflicts} from './find-act-date-conflicts.js'
import {findQuoteDayConflicts} from './find-quote-day-conflicts.js'
import {findStatusConflicts} from './find-status-conflicts.js'
import {findSyndication} from './find-syndication.js'
import {groupClaimsWithSimilarity} from './group-claims.js'
import {claimQuoteGroups} from './claim-quote-groups.js'
import {identityLookup} from './identity-lookup.js'
import {narrowMembers} from './narrow-members.js'
import {onceByText, oneStringPerText} from './once-by-text.js'
import {propositionUnits} from './proposition-units.js'
import {type ClaimReading, storyClaimsOf, type WorkingClaim} from './story-claims.js'
import {findRelatedness} from './relatedness.js'
import {findSpeakerConflicts, groupQuotes} from './group-quotes.js'
import {findWordingConflicts} from './find-wording-conflicts.js'
import {findSplitQuoteConflicts} from './find-split-quote-conflicts.js'
import {findNameConflicts} from './find-name-conflicts.js'
import {findPostConflicts} from './find-post-conflicts.js'
import type {Story, StoryClaim} from './types.js'

/** One article of a story, with what has already been found in it (computed when missing). */
export interface StoryInput {
  /** The name to report the article by (a file name); default its id. */
  readonly file?: string
  readonly article: Article
  readonly quotes?: readonly Quote[]
  readonly entities?: ArticleEntities
  readonly claims?: readonly Claim[]
}

/** Options for `compareArticles`. */
export interface Options {
  /** Claims at or above this check-worthiness count as exclusives when no other outlet carries them. Default 0.5. */
  readonly exclusiveWorthiness?: number
  /**
   * The reference date (ISO) for relative dates ("on Monday", "Dec. 29") in articles
   * with no published date of their own. Default: the story's date, the published
   * date most of its dated articles share (the earliest on a tie); none when no
   * article is dated. Claims passed in get their unanchored dates read against it too,
   * so they give the same Story as claims found here.
   */
  readonly reference?: string | null
}

/** The date most dated articles of a story were published on (the earliest on a tie), or null. */
export function storyDate(articles: readonly Article[]): string | null {
  const counts = new Map<string, number>()
  for (const article of articles) {
    const day = article.published?.slice(0, 10)
    if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) counts.set(day, (counts.get(day) ?? 0) + 1)
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]?.[0] ?? null
}

/**
 * Compare several articles on one story: the same quote across outlets (with a word
 * diff of each rendering), the same fact across outlets (with who carries it and
 * how), conflicts, exclusives, naming variants, framing, a timeline and
 * syndication. Every item names its article's `file` and offsets into its text.
 *
 * @throws {TypeError} When `inputs` is not an array of articles.
 */
export function compareArticles(inputs: ReadonlyArray<Article | StoryInput>, options: Options = {}): Story {
  if (!Array.isArray(inputs)) throw new TypeError(`Expected an array of articles, not ${typeof inputs}`)
  const given = inputs.map((input, index) => {
    const entry: StoryInput = 'article' in input ? input : {article: input}
    if (!entry.article || typeof entry.article.text !== 'string') throw new TypeError(`Expected an Article at index ${index}`)
    return entry
  })
  const reference = options.reference ?? storyDate(given.map((entry) => entry.article))
  const items = given.map((entry) => {
    const article = entry.article
    const entities = entry.entities ?? findEntities(article)
    const quotes = entry.quotes ?? findQuotes(article, {nested: true, entities})
    const claims = entry.claims ? anchorDates(article, entry.claims, reference) : findClaims(article, {quotes, entities, reference})
    return {file: entry.file ?? article.id, article, entities, quotes, claims}
  })
  const fileOf = new Map(items.map((item) => [item.article.id, item.file]))
  const linkedGroups = linkEntityGroups(items.map((item) => item.entities))
  const linked = linkedGroups.map((group) => group.linked)
  const identity = identityLookup(linked)
  // A name's key is read once per name: claims, quotes and places repeat a few hundred names thousands of times.
  const keyOf = onceByText(fullNameKey)
  const linkedIdOf = (articleId: string, entity: string | null, name: string | null) =>
    (entity ? identity.byMember.get(articleId)?.get(entity) : undefined) ?? (name ? identity.byName.get(keyOf(name)) : undefined) ?? null

  const quoteSources = items.map((item) => ({
    file: item.file, article: item.article, quotes: item.quotes,
    places: new Set(item.entities.entities.filter((entity) => entity.kind === 'place').map((entity) => entity.id)),
    speakerOf: (quote: Quote) => {
      if (!quote.speaker) return null
      const id = linkedIdOf(item.article.id, quote.speaker.entity, quote.speaker.name)
      return {id: id ?? `name:${keyOf(quote.speaker.name)}`, name: id ? identity.names.get(id)! : quote.speaker.name}
    }
  }))
  const quoteGroups = groupQuotes(quoteSources)

  // What comparing needs besides the StoryClaim itself, kept beside it (`WorkingClaim`).
  const working = new Map<StoryClaim, WorkingClaim>()
  const reading: ClaimReading = {working, oneString: oneStringPerText(), linkedIdOf}
  const claimsByItem = items.map((item) => storyClaimsOf(reading, item))
  const storyClaims = claimsByItem.flat()
  const files = items.map((item) => item.file)
  const {groups: claimGroups, similarity, shared, sharedEntities, featuresOf} = groupClaimsWithSimilarity(storyClaims, (claim) => working.get(claim)!.entities, files, claimQuoteGroups(quoteGroups))
  // What the Story shows: each member narrowed to the proposition that states the group's fact (conflicts, timeline and exclusives read the sentences).
  const shownGroups = narrowMembers(claimGroups, (claim) => {
    const entry = working.get(claim)!
    return propositionUnits(claim, entry.source, entry.entities)
  }, (claim) => featuresOf(claim)!)
  const worthiness = options.exclusiveWorthiness ?? 0.5
  const exclusives = findExclusives(storyClaims, claimGroups, quoteGroups,
    items.flatMap((item) => item.quotes.filter((quote) => quote.kind !== 'indirect').map((quote) => ({
      file: item.file, article: item.article.id, start: quote.start, end: quote.end, text: quote.text, words: quote.text.split(/\s+/).filter(Boolean).length
    }))),
    (claim) => working.get(claim)!.worth >= worthiness)

  const {relatedness, warnings} = findRelatedness(files, new Map(items.map((item) => [item.file, item.claims.length + item.quotes.length])), claimGroups, quoteGroups)
  // A conflict presupposes one story: an article that shares no fact or quote with the
  // others is on another story, and what it seems to contradict is no conflict. (The
  // share itself is no gate: long articles on one story can share under a tenth.)
  const unrelated = new Set(relatedness.filter((entry) => entry.share === 0).map((entry) => entry.file))
  const related = (member: {file: string}) => !unrelated.has(member.file)
  const kindOf = new Map(linked.map((entity) => [entity.id, entity.kind]))
  const textByFile = new Map(items.map((item) => [item.file, item.article.text]))
  const publishedByFile = new Map(items.map((item) => [item.file, item.article.published?.slice(0, 10) ?? null]))
  const conflicts = findConflicts(claimGroups, [
    ...findSpeakerConflicts(quoteSources),
    ...findWordingConflicts(quoteGroups),
    ...findSplitQuoteConflicts(quoteGroups, (file) => textByFile.get(file) ?? ''),
    ...findStanceConflicts(storyClaims, (claim) => working.get(claim)!.source.cues),
    ...findPairConflicts(storyClaims, (claim) => working.get(claim)!.entities),
    ...findIdentityConflicts(storyClaims),
    ...findNameConflicts(linked, storyClaims, (article) => fileOf.get(article)),
    ...findPostConflicts(linkedGroups, new Map(items.map((item) => [item.article.id, {file: item.file, text: item.article.text}])), storyClaims),
    ...findNoveltyConflicts(storyClaims, (claim) => working.get(claim)!.propositions),
    ...findSettledQuestions(storyClaims, (claim) => working.get(claim)!.entities),
    ...findTimeConflicts(claimGroups, {shared, similarity}),
    ...findAdmissionConflicts(claimGroups, {shared, similarity}),
    ...findTallyConflicts(claimGroups, {shared, similarity}),
    ...findAgentConflicts(storyClaims, (claim) => {
      const entry = working.get(claim)!
      return personSpansOf(entry.source.entities, entry.entities)
    }),
    ...findAgeConflicts(storyClaims, (claim) => working.get(claim)!.entities.filter((id) => kindOf.get(id) === 'person').map((id) => ({id, name: identity.names.get(id) ?? id}))),
    ...findActDateConflicts(storyClaims),
    ...findStatusConflicts(storyClaims, (file) => publishedByFile.get(file) ?? null),
    ...findQuoteDayConflicts(quoteGroups, items.map((item, i) => ({
      file: item.file, quotes: item.quotes, claims: claimsByItem[i]!, datesOf: (claim) => working.get(claim)!.source.dates
    }))),
    ...findEventConflicts(storyClaims, (claim) => ({
      cues: working.get(claim)!.source.cues,
      assertor: claim.assertor ? linkedIdOf(claim.article, null, claim.assertor) ?? keyOf(claim.assertor) : null
    }), (claim) => placeSpansOf(working.get(claim)!.source.entities, (entity) => linkedIdOf(claim.article, entity.entity, entity.name) ?? entity.name))
  ].filter((conflict) => conflict.members.every(related)), namesEvent, {
    similarity: (a, b) => (related(a) && related(b) ? similarity(a, b) : 0),
    cuesOf: (claim) => working.get(claim)!.source.cues,
    sharedEntities,
    placesOf: (claim) => {
      // Asked for both claims of every pair compared: each claim's places are listed once.
      const entry = working.get(claim)!
      return entry.places ??= entry.entities.filter((id) => kindOf.get(id) === 'place')
    },
    shared
  })

  const crossPairs = crossPairCounter(files)
  return {
    version: 2,
    articles: items.map((item) => ({
      file: item.file, id: item.article.id, title: item.article.title, outlet: item.article.source.outlet,
      published: item.article.published, quotes: item.quotes.length, claims: item.claims.length
    })),
    entities: linked,
    quoteGroups,
    claims: storyClaims,
    claimGroups: shownGroups,
    conflicts,
    exclusives,
    naming: findNaming(linkedGroups, fileOf, new Map(items.map((item) => [item.article.id, item.article.text]))),
    framing: findFraming(items.map((item, i) => ({file: item.file, article: item.article, claims: claimsByItem[i]!})), (claim) => working.get(claim)!.source.cues),
    timeline: buildTimeline(storyClaims, claimGroups),
    syndication: findSyndication(items),
    relatedness,
    compared: {
      facts: claimGroups.length,
      quotes: quoteGroups.filter((group) => group.files.length > 1).length,
      pairs: claimGroups.reduce((sum, group) => sum + crossPairs(group.members), 0),
      conflicts: conflicts.length
    },
    warnings
  }
}
