import {Readability} from '@mozilla/readability'

/** What Readability finds in a page: the article's nodes left as elements of that page. */
export type ReadabilityArticle = ReturnType<Readability<Element>['parse']>

/**
 * The article `@mozilla/readability` picks from a page (the page is changed as it
 * reads), or null when it finds none. A module of its own so that Node loads
 * Readability with the HTML parser, the first time a page is read (see tsup.config.ts).
 */
export function readabilityArticle(document: Document): ReadabilityArticle {
  return new Readability<Element>(document, {keepClasses: true, serializer: (node) => node as Element}).parse()
}
