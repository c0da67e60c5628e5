import type {BoilerplateReason} from '../types.js'

/**
 * Page furniture recognised by its markup rather than its words: class and id
 * names that news sites give to share bars, related-article boxes, newsletter
 * sign-ups, cookie notes, adverts and bylines. Kept as data so that a new outlet's
 * widget is one line here. Each pattern is tested against `class + " " + id` of an
 * element inside the extracted content (Readability runs with `keepClasses`).
 */
export const chromeMarkers: ReadonlyArray<readonly [RegExp, BoilerplateReason]> = [
  // Share bars: "share-bar", "social-share", "sharing", "addthis", "sharethis".
  [/(?:^|[\s_-])(?:share|sharing|social|addthis|sharethis|sharedaddy|shareBar)(?:$|[\s_-]|bar|tools|buttons|links)/i, 'chrome'],
  // "related-articles", "read-more", "also-read", "more-stories", "recommended".
  [/(?:^|[\s_-])(?:related|also-?read|read-?more|more-?stories|more-?from|recommended|recirc|outbrain|taboola|trending|most-?popular|most-?read)(?:$|[\s_-])/i, 'related-link'],
  // Breadcrumb trails ("Home › News › Local"): the page's place in the site, not the story.
  [/(?:^|[\s_-])breadcrumbs?(?:$|[\s_-])/i, 'chrome'],
  // Newsletter and subscription boxes, cookie and consent notes.
  [/(?:^|[\s_-])(?:newsletter|subscribe|subscription|signup|sign-up|paywall|cookie|consent|gdpr|promo|donate)(?:$|[\s_-])/i, 'chrome'],
  // Adverts: "ad", "ads", "advert", "ad-slot", "dfp", "sponsored".
  [/(?:^|[\s_-])(?:ad|ads|advert|advertisement|ad-?slot|ad-?unit|ad-?container|dfp|sponsored|native-ad)(?:$|[\s_-])/i, 'chrome'],
  // Bylines and author boxes inside the body.
  [/(?:^|[\s_-])(?:byline|author-?(?:name|info|bio|box)?|contributor)(?:$|[\s_-])/i, 'byline'],
  // Photo and video captions and credits.
  [/(?:^|[\s_-])(?:caption|credit|photo-?credit|image-?credit|wp-caption-text)(?:$|[\s_-])/i, 'caption']
]

/** Class names that say a thing is absent ("no_caption", "has-share-bar"), not present. */
const negated = /(?:^|[-_])(?:no|not|none|without|has|with|hide|hidden|show)[-_]/i

/**
 * Class names that name the story body itself, with a behaviour added to it
 * ("entry-content-read-more": a body that folds behind a "read more" button;
 * "article-body-share-enabled"): the marker describes the body, not a box of links.
 */
const storyBody = /(?:^|[-_])(?:content|body|text)(?:$|[-_])/i

/**
 * The element part of a BEM class name (`block__element`): "article-body__newsletter"
 * is a newsletter box inside the body, not the body. A hash suffix of CSS modules
 * ("body___2BbXy") is not an element name and stays part of the token.
 */
function bemElement(token: string): string {
  const element = /__([a-z][\w-]*)$/i.exec(token)
  return element ? (element[1] as string) : token
}

/**
 * Why an element is furniture, judged by its class and id. Callers apply it only to
 * small boxes: a marker on a big container says nothing about the story inside.
 */
export function chromeReason(element: Element): BoilerplateReason | null {
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`
    .split(/\s+/)
    .map(bemElement)
    .filter((token) => token !== '' && !negated.test(token) && !storyBody.test(token))
    .join(' ')
  if (marks === '') return null
  for (const [pattern, reason] of chromeMarkers) if (pattern.test(marks)) return reason
  return null
}
