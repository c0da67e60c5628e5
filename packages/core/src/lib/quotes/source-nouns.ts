/**
 * Nouns for a document, a survey or a point of view that, after a fronted "In",
 * stand as the source of the clause that follows ("In a survey out this week, …",
 * "In his memoir, …", "In her view, …"). From FrameNet's Text, Statement,
 * Opinion and Research frames (lexical units that name the product, not the act).
 * Scenes ("In the video, …") and set phrases ("In other words") are not sources.
 */
export const sourceNouns: ReadonlySet<string> = new Set([
  // surveys and studies (Research)
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'analysis', 'audit', 'review',
  'census', 'tally', 'count', 'estimate', 'estimates', 'projection', 'projections', 'forecast', 'model',
  // texts (Text, Statement)
  'statement', 'letter', 'memo', 'memoir', 'autobiography', 'book', 'essay', 'column', 'op-ed', 'editorial',
  'article', 'interview', 'speech', 'remarks', 'testimony', 'filing', 'complaint', 'lawsuit', 'ruling',
  'opinion', 'tweet', 'email', 'e-mail', 'transcript', 'document', 'documents', 'affidavit', 'deposition',
  'manifesto',
  // points of view (Opinion)
  'view', 'estimation', 'judgment', 'judgement', 'assessment'
])
