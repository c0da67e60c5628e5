import {outletColours, outletStyles, type OutletStyle} from '@corroborate/core'
import {h} from './dom.js'
import type {AnalysedArticle} from './protocol.js'

/**
 * The outlet colours as CSS custom properties (`--o0` … `--o7`), set once from core's
 * `outletColours` so the page matches the reports. CSSOM, not markup: the CSP allows it.
 */
export function applyOutletColours(root: HTMLElement = document.documentElement): void {
  outletColours.forEach((colour, index) => root.style.setProperty(`--o${index}`, colour))
}

/** Each article's outlet name, letter and colour, by file: the badges every view shows, as in the reports. */
export class Outlets {
  readonly #byFile = new Map<string, OutletStyle>()
  readonly files: readonly string[]

  constructor(articles: ReadonlyArray<Pick<AnalysedArticle, 'file' | 'outlet'>>) {
    const styles = outletStyles(articles)
    articles.forEach((article, index) => this.#byFile.set(article.file, styles[index]!))
    this.files = articles.map((article) => article.file)
  }

  /** The outlet's name: never the file's path. */
  label(file: string): string {
    return this.#byFile.get(file)?.label ?? file.split(/[\\/]/).pop() ?? file
  }

  letter(file: string): string {
    return this.#byFile.get(file)?.letter ?? '?'
  }

  /** The outlet's colour class (`o0` … `o7`). */
  colour(file: string): string {
    return `o${this.#byFile.get(file)?.colour ?? 'x'}`
  }

  /** A colour badge: the outlet's letter and name. */
  badge(file: string): HTMLElement {
    return h('span', {class: `badge ${this.colour(file)}`, 'data-outlet': this.label(file)},
      h('span', {class: 'letter'}, this.letter(file)), ' ', this.label(file))
  }
}
