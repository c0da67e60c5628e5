/** Elements that hold page furniture (navigation, page header and footer, asides), never the article. */
export const furnitureTags: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside'])

/** Page parts that are never the article, removed before the fallback reads a page (not `<form>`: some sites wrap the whole page in one). */
const chrome = [...furnitureTags, 'script', 'style', 'noscript', 'template', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]'].join(', ')

/**
 * The element to read when Readability finds no article (short pages, pages it
 * scores as non-content): the `<article>` with the most text, else `<main>` or
 * `[role=main]`, else `<body>`, with navigation, headers, footers and asides
 * removed. Mutates `document`.
 */
export function fallbackContent(document: Document): Element {
  for (const element of Array.from(document.querySelectorAll(chrome))) element.remove()
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
