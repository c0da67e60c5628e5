/** Elements that hold page furniture (navigation, page header and footer, asides), never the article. */
export const furnitureTags: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside'])

/** Page parts that are never the article, removed before the fallback reads a page (not `<form>`: some sites wrap the whole page in one). */
const chrome = [...furnitureTags, 'script', 'style', 'noscript', 'template', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]'].join(', ')

/** Less text than this is a line of furniture even when it is all the page has ("Home"). */
const pageText = 200

/**
 * Whether `element` holds the page: most of its text (`pageLength`: the body's text
 * length), and more than a line. A `<header>` that wraps the whole page is the page,
 * not its furniture: some sites put every element of an article inside one. A
 * `<nav>` is navigation whatever it holds.
 */
export function holdsPage(element: Element, pageLength: number): boolean {
  if (element.localName === 'nav') return false
  const length = (element.textContent ?? '').trim().length
  return length >= pageText && length * 2 >= pageLength
}

/**
 * The element to read when Readability finds no article (short pages, pages it
 * scores as non-content): the `<article>` with the most text, else `<main>` or
 * `[role=main]`, else `<body>`, with navigation, headers, footers and asides
 * removed, unless one of them holds most of the page. Mutates `document`.
 */
export function fallbackContent(document: Document): Element {
  const pageLength = (document.body?.textContent ?? '').trim().length
  for (const element of Array.from(document.querySelectorAll(chrome))) if (!holdsPage(element, pageLength)) element.remove()
  let best: Element | null = null
  let bestLength = 0
  for (const article of Array.from(document.querySelectorAll('article'))) {
    const length = (article.textContent ?? '').trim().length
    if (length > bestLength) {
      best = article
      bestLength = length
    }
  }
  return best ?? document.querySelector('main, [role="main"]') ?? document.body
}
