import type {Readability} from '@mozilla/readability'

/** The three checks of Readability 0.6 that `_grabArticle` runs on every element of the page. */
interface Checks {
  REGEXPS: {byline: RegExp}
  _isElementWithoutContent?: (node: Element) => boolean
  _isValidByline?: (node: Element, matchString: string) => boolean
  _isProbablyVisible?: (node: Element) => boolean
}

/**
 * Make one Readability instance answer three of its per-element checks without
 * the work whose outcome is already known, each answer the same as its own:
 *
 * - `_isElementWithoutContent` begins with `!node.textContent.trim().length`: an
 *   element holding any visible character is not empty, which the first text node
 *   usually shows, where `textContent` joins all the text below (each `<div>` and
 *   `<section>` of the page, so the page's text once per level of nesting).
 * - `_isValidByline` reads the element's text length before it tests `rel`,
 *   `itemprop` and the byline words of class and id, which fail for almost every
 *   element; the text is read only when one of them holds.
 * - `_isProbablyVisible` reads `node.style`, which linkedom builds on first use (a
 *   `Map` behind a `Proxy`, and a `WeakMap` entry) for every element; an element
 *   without a `style` attribute has neither `display` nor `visibility` set, so the
 *   rest of the test is read as Readability writes it.
 *
 * A check this Readability lacks is left alone. The package pins Readability to 0.6.0:
 * these read its private methods, and test/html/readability-shortcuts.test.ts checks
 * that a page reads the same with and without them.
 */
export function installShortcuts(reader: Readability<Element>): void {
  const checks = reader as unknown as Checks
  const withoutContent = checks._isElementWithoutContent
  if (typeof withoutContent === 'function') {
    checks._isElementWithoutContent = function (this: Checks, node: Element): boolean {
      if (node.nodeType === 1 && holdsVisibleText(node)) return false
      return withoutContent.call(this, node)
    }
  }
  const validByline = checks._isValidByline
  if (typeof validByline === 'function') {
    checks._isValidByline = function (this: Checks, node: Element, matchString: string): boolean {
      const itemprop = node.getAttribute('itemprop')
      const named = node.getAttribute('rel') === 'author' || (itemprop !== null && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString)
      return named && validByline.call(this, node, matchString)
    }
  }
  const visible = checks._isProbablyVisible
  if (typeof visible === 'function') {
    checks._isProbablyVisible = function (this: Checks, node: Element): boolean {
      if (node.hasAttribute('style')) return visible.call(this, node)
      // Readability 0.6's test after its two `style` checks.
      return !node.hasAttribute('hidden') &&
        (!node.hasAttribute('aria-hidden') || node.getAttribute('aria-hidden') !== 'true' ||
          (typeof node.className === 'string' && node.className.includes('fallback-image')))
    }
  }
}

/** Whether any text below `root` has a character `String.prototype.trim` would keep (`\s` is the same set). */
function holdsVisibleText(root: Node): boolean {
  let node: Node | null = root.firstChild
  while (node) {
    const type = node.nodeType
    if (type === 3 || type === 4) {
      if (nonSpace.test((node as CharacterData).data)) return true
    } else if (node.firstChild) {
      node = node.firstChild
      continue
    }
    while (!node.nextSibling) {
      node = node.parentNode
      if (!node || node === root) return false
    }
    node = node.nextSibling
  }
  return false
}

const nonSpace = /\S/
