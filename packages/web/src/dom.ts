/**
 * A small element builder. Strings become text nodes, never markup: article text
 * reaches the page only through `createTextNode`, so a `<script>` or an `onerror=`
 * in an article is shown, not run.
 */

export type Child = Node | string | number | null | undefined | false
type Listener = (event: Event) => void
export type Props = Record<string, string | number | boolean | null | undefined | Listener>

/** Create an element: `h('p', {class: 'note'}, 'text', child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props?: Props | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag)
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue
    if (typeof value === 'function') {
      if (!/^on[a-z]+$/.test(name)) throw new TypeError(`Expected an on* name for a listener, not ${name}`)
      element.addEventListener(name.slice(2), value)
    } else {
      // Attributes hold app-made values; an on* attribute would be code, so none is set.
      if (/^on/i.test(name)) throw new TypeError(`Expected a function for ${name}, not ${typeof value}`)
      element.setAttribute(name, value === true ? '' : String(value))
    }
  }
  append(element, children)
  return element
}

/** Append children: strings and numbers as text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child)
  }
}

/** Find an element the page's HTML declares, or fail loudly. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id)
  if (!element) throw new Error(`Expected #${id} in index.html`)
  return element as T
}

/** "1 quote", "3 quotes". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`
}
