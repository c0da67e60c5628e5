import {Readability} from '@mozilla/readability'
import {installShortcuts} from './readability-shortcuts.js'

/** What Readability finds in a page: the article's nodes left as elements of that page. */
export type ReadabilityArticle = ReturnType<Readability<Element>['parse']>

/**
 * How extraction follows the page's elements through Readability, which replaces
 * some of them: a renamed element (`<div>` → `<p>`) is a new element, and when a
 * first attempt finds too little text, the page is rebuilt from its own HTML.
 */
export interface ElementTracker {
  /** `replacement` has taken the place of `element`. */
  renamed(element: Element, replacement: Element): void
  /** Note what `page` holds before its HTML is copied; the returned function numbers the elements of a page rebuilt from that copy. */
  snapshot(page: Element): (rebuilt: Element) => void
}

/**
 * The article `@mozilla/readability` picks from a page (the page is changed as it
 * reads), or null when it finds none. A module of its own so that Node loads
 * Readability with the HTML parser, the first time a page is read (see tsup.config.ts).
 *
 * With a `tracker`, the elements Readability replaces are reported: its `_setNodeTag`
 * (the one place it renames) is wrapped on this instance, and the body's `innerHTML`
 * (read once before scoring, written back before each retry) is watched on this
 * page only, so that elements need no numbering attribute (an attribute per element
 * costs linkedom a node each, and every later walk of the tree passes over them).
 *
 * With `rebuild` (a fresh, numbered copy of the page as it was parsed), the body is
 * not serialised at all: the copy Readability keeps for a retry is a token, and a
 * retry takes the body of a fresh copy prepared as Readability prepared the first
 * (noscript images, scripts, styles, `<br>` runs, `<font>`). Serialising the whole
 * body cost about a tenth of the time of every page, and most pages never retry.
 */
export function readabilityArticle(document: Document, tracker?: ElementTracker, rebuild?: () => Document): ReadabilityArticle {
  const reader = new Readability<Element>(document, {keepClasses: true, serializer: (node) => node as Element})
  if (!tracker) return reader.parse()
  installShortcuts(reader)
  const internals = reader as unknown as {_setNodeTag?: (node: Element, tag: string) => Element}
  const setNodeTag = internals._setNodeTag
  if (typeof setNodeTag === 'function') {
    internals._setNodeTag = function (this: unknown, node: Element, tag: string): Element {
      const replacement = setNodeTag.call(this, node, tag)
      if (replacement !== node) tracker.renamed(node, replacement)
      return replacement
    }
  }
  const prepare = rebuild ? preparer(reader) : null
  const unwatch = !document.body ? () => {} : prepare && rebuild ? watchLazily(document.body, () => prepare(rebuild())) : watchRebuilds(document.body, tracker)
  try {
    return reader.parse()
  } finally {
    unwatch()
  }
}

/** Watch `page.innerHTML` on this element alone; returns the function that stops watching. */
function watchRebuilds(page: Element, tracker: ElementTracker): () => void {
  const descriptor = findProperty(page, 'innerHTML')
  const {get, set} = descriptor ?? {}
  if (!get || !set) return () => {}
  let restore: ((rebuilt: Element) => void) | null = null
  Object.defineProperty(page, 'innerHTML', {
    configurable: true,
    get(this: Element) {
      restore = tracker.snapshot(this)
      return get.call(this) as string
    },
    set(this: Element, html: string) {
      set.call(this, html)
      restore?.(this)
    }
  })
  return () => {
    delete (page as {innerHTML?: string}).innerHTML
  }
}

/** Readability's own steps before it first reads the body, run on another document; null when this Readability lacks one of them. */
function preparer(reader: Readability<Element>): ((page: Document) => Document) | null {
  const steps = reader as unknown as {_doc: Document; _unwrapNoscriptImages?: (page: Document) => void; _removeScripts?: (page: Document) => void; _prepDocument?: () => void}
  const {_unwrapNoscriptImages: unwrap, _removeScripts: removeScripts, _prepDocument: prepDocument} = steps
  if (typeof unwrap !== 'function' || typeof removeScripts !== 'function' || typeof prepDocument !== 'function') return null
  return (page) => {
    unwrap.call(reader, page)
    removeScripts.call(reader, page)
    const own = steps._doc
    steps._doc = page
    try {
      prepDocument.call(reader)
    } finally {
      steps._doc = own
    }
    return page
  }
}

/** A token instead of the body's HTML; writing the token back moves in the body of `fresh()`. */
function watchLazily(page: Element, fresh: () => Document): () => void {
  const token = `<!-- corroborate: body as first read ${Math.random()} -->`
  const set = findProperty(page, 'innerHTML')?.set
  Object.defineProperty(page, 'innerHTML', {
    configurable: true,
    get: () => token,
    set(this: Element, html: string) {
      if (html !== token) {
        set?.call(this, html)
        return
      }
      const body = fresh().body
      this.replaceChildren(...(body ? Array.from(body.childNodes) : []))
    }
  })
  return () => {
    delete (page as {innerHTML?: string}).innerHTML
  }
}

function findProperty(object: object, name: string): PropertyDescriptor | undefined {
  for (let at: object | null = object; at; at = Object.getPrototypeOf(at) as object | null) {
    const descriptor = Object.getOwnPropertyDescriptor(at, name)
    if (descriptor) return descriptor
  }
  return undefined
}
