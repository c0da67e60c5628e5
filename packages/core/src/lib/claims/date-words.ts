/**
 * Word patterns for reading dates around chrono-node. Regular expression sources,
 * case-insensitive; a comment says why each is there.
 */

/** Chrono reads these single words as dates; written in lower case they are words ("may", "march", "sun", "second"). */
export const ambiguousDateWords = /^(?:may|march|mar|sun|sat|wed|mon|jan|aug|sept?|oct|nov|dec|jun|jul|apr|feb|tue|thu|fri|second|now|right now|currently|present)$/

/**
 * Durations chrono reads as dates: "in two days", "within a week", "a day after",
 * "two weeks before". Any result that names a unit of time without a word tying it
 * to the reference ("ago", "last", "next", "this") is a duration.
 */
export function isDuration(words: string): boolean {
  return /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b/i.test(words) &&
    !/\b(?:ago|last|next|this|past|coming|previous|yesterday|today|tomorrow)\b/i.test(words) &&
    !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(words)
}

/** Words that make an expression relative to the reference date even when chrono marks its year known ("this year"). */
export const relativeWords = /\b(?:this|last|next|past|previous|coming|current|ago|yesterday|today|tonight|tomorrow)\b/i

/** Words that point a bare weekday forward ("will meet on Monday"); otherwise a news weekday is the one before. */
export const futureMarkers = /\b(?:will|shall|’ll|'ll|to be held|scheduled|set to|plans? to|planned|expected to|(?:is|are) due|upcoming|coming|next)\b/i

/** A part of a period before a month or year: "early January", "mid-2025", "earlier this year". */
export const periodPart = /(?:^|\s)(early|earlier|late|later|mid|the middle of|the end of|the beginning of|the start of)[\s-]+(?:in\s+)?$/i

/**
 * Days told relative to an event the article just named, not to the published
 * date: "the day prior", "the next day". Resolved against the last day before them.
 */
export const anaphoricDays = /\b(?:the (?:day|night) (?:prior|before|earlier)|the previous (?:day|night)|the (?:next|following) (?:day|morning|night)|(?:a|one) day (?:later|earlier))\b/gi

/** A bare year after a preposition or determiner: "in 2025", "the 2016 election", "since 1991". */
export const bareYear = /\b(?:in|since|by|until|till|of|from|during|before|after|through|throughout|around|early|late|mid|the|by|for)[\s-]+((?:19|20)\d\d)(?![\p{L}\p{N}]|,\d|\s?%|-\d)/giu

/** Casual times of day that chrono glues to a date, losing the date's known parts ("afternoon on Dec. 29"). */
export const casualTimeLead = /^(?:this |the |in the )?(?:morning|afternoon|evening|night)\s+(?:of|on)\s+/i
