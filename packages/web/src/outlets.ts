import {h} from './dom.js'
import type {AnalysedArticle} from './protocol.js'

/** How many outlet colours the style sheet defines (`.o0` … `.o7`); more outlets reuse them. */
const colours = 8

/** Each article's outlet name and colour, by file: the badges every view shows. */
export class Outlets {
  readonly #byFile = new Map<string, {label: string, colour: number}>()

  constructor(articles: readonly AnalysedArticle[]) {
    articles.forEach((article, index) => this.#byFile.set(article.file, {label: article.outlet, colour: index % colours}))
  }

  label(file: string): string {
    return this.#byFile.get(file)?.label ?? file
  }

  /** The outlet's colour class (`o0` … `o7`). */
  colour(file: string): string {
    return `o${this.#byFile.get(file)?.colour ?? 'x'}`
  }

  /** A colour badge naming the outlet; the file name is its tooltip. */
  badge(file: string): HTMLElement {
    const entry = this.#byFile.get(file)
    return h('span', {class: `badge ${this.colour(file)}`, title: file}, entry?.label ?? file)
  }
}
