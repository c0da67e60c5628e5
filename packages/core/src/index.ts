/**
 * @corroborate/core: parse news articles, find quotes with their speakers, claims
 * and entities, and compare how outlets tell one story. Isomorphic: Node and the
 * browser, strings in, typed data out.
 */

// articles
export {parseArticle, defaultMaxLength} from './lib/article/parse-article.js'
export type {Options as ParseArticleOptions, ArticleMetadata} from './lib/article/parse-article.js'
export {detectFormat} from './lib/article/detect-format.js'
export {decodeBytes, decodeText} from './lib/decode-text.js'
export type {DecodedText} from './lib/decode-text.js'
export {ArticleError} from './lib/errors.js'
export type {ArticleErrorCode} from './lib/errors.js'
export type {
  Article,
  ArticleSource,
  Block,
  BlockKind,
  BoilerplateReason,
  Format,
  Message,
  Sentence,
  SourceMapEntry,
  Span,
  Word
} from './lib/types.js'

// claims (helper)
export {findClaims} from './lib/claims/find-claims.js'
export type {Options as FindClaimsOptions} from './lib/claims/find-claims.js'
export {splitPropositions} from './lib/claims/split-propositions.js'
export type {Options as SplitPropositionsOptions, PropositionSource} from './lib/claims/split-propositions.js'
export {findQuantities} from './lib/claims/find-quantities.js'
export {findDates} from './lib/claims/find-dates.js'
export type {Options as FindDatesOptions} from './lib/claims/find-dates.js'
export type {
  Assertor,
  AssertorMethod,
  CheckWorthiness,
  CheckWorthinessFeatures,
  Claim,
  ClaimDate,
  ClaimEntity,
  DateCertainty,
  DateGranularity,
  DatePart,
  DateReferenceSource,
  DateResolution,
  Proposition,
  PropositionKind,
  Quantity,
  QuantityKind,
  QuantityQualifier,
  Stance,
  StanceCue,
  StanceCueKind
} from './lib/claims/types.js'
// end claims

// story
export {compareArticles} from './lib/story/compare-articles.js'
export type {Options as CompareArticlesOptions, StoryInput} from './lib/story/compare-articles.js'
export {storyToMarkdown, diffToMarkdown, innerDiff} from './lib/story/story-to-markdown.js'
export {storyToHtml, storyToHtmlChunks} from './lib/story/story-to-html.js'
export {outletColours, outletLetter, outletStyles, fileStem} from './lib/story/outlet-style.js'
export type {OutletStyle} from './lib/story/outlet-style.js'
export type {Options as StoryToHtmlOptions} from './lib/story/story-to-html.js'
export {storyToAnnotations, articlesToAnnotations} from './lib/story/story-to-annotations.js'
export type {
  AnnotatedArticle,
  TextPositionSelector,
  TextQuoteSelector,
  TextualBody,
  WebAnnotation,
  WebAnnotationCollection
} from './lib/story/story-to-annotations.js'
export {storyToJsonLd} from './lib/story/story-to-json-ld.js'
export type {JsonLdGraph, JsonLdNode} from './lib/story/story-to-json-ld.js'
export type {StoryText} from './lib/story/story-text.js'
export type {
  Carried,
  ClaimGroup,
  ComparedSummary,
  Conflict,
  ConflictKind,
  DiffPart,
  Exclusive,
  FramingEntry,
  NamingEntry,
  NamingKind,
  QuoteChange,
  QuoteGroup,
  QuoteGroupMember,
  QuoteVerdict,
  RelatednessEntry,
  Story,
  StoryArticle,
  StoryClaim,
  StoryMember,
  StoryWarning,
  SyndicationEntry,
  TimelineEntry
} from './lib/story/types.js'

// corpus: group articles into stories
export {findStories} from './lib/corpus/find-stories.js'
export {storyFeatures} from './lib/corpus/story-features.js'
export type {CorpusStory, Options as FindStoriesOptions, StoryFeatures} from './lib/corpus/types.js'
// end corpus

// quotes and entities (helper)
export {findQuotes, findMarkedTerms, analyzeQuotes} from './lib/quotes/find-quotes.js'
export type {Options as FindQuotesOptions, QuoteAnalysis} from './lib/quotes/find-quotes.js'
export type {
  Channel,
  ChannelKind,
  Cue,
  CueType,
  MarkedTerm,
  MarkedTermReason,
  Quote,
  QuoteKind,
  Speaker,
  SpeakerMethod,
  TextSpan
} from './lib/quotes/types.js'
export {findEntities} from './lib/entities/find-entities.js'
export {linkEntities} from './lib/entities/link-entities.js'
export {nameKey, fullNameKey} from './lib/entities/name-key.js'
export type {ArticleEntities, Entity, EntityKind, LinkedEntity, Mention, MentionKind} from './lib/entities/types.js'
// end quotes and entities

// unified plugins
export {corroborateParse, corroborateEntities, corroborateQuotes, corroborateClaims} from './lib/unified/plugins.js'
export {storyToText} from './lib/report/story-to-text.js'
export {jsonChunks} from './lib/report/json-chunks.js'
export {visibleControls} from './lib/report/visible-controls.js'
export type {Paint, StoryToTextOptions} from './lib/report/story-to-text.js'
export {reportOutlets, outletName, nameFiles} from './lib/report/report-outlets.js'
export type {ReportOutlets} from './lib/report/report-outlets.js'
export {rankConflicts} from './lib/report/rank-conflicts.js'
export {rankExclusives} from './lib/report/rank-exclusives.js'
export type {ExclusiveList} from './lib/report/rank-exclusives.js'
export {rankQuoteGroups} from './lib/report/rank-quotes.js'
export {groupCarriers, quoteGroupBasis} from './lib/report/speaker-overrides.js'
export {factBasis, sharedFacts} from './lib/report/shared-facts.js'
export type {SharedFact, FactCell} from './lib/report/shared-facts.js'
export {storySources} from './lib/report/story-sources.js'
export type {OutletSources} from './lib/report/story-sources.js'
export {timelineDays} from './lib/report/timeline-days.js'
export type {TimelineDay} from './lib/report/timeline-days.js'
