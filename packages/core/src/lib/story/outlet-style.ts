/**
 * One colour and one letter per outlet, the same in every view and format (HTML report,
 * Markdown, text, the web app). The colours are dark enough for white text (WCAG AA at
 * small sizes) and told apart by hue; the letter carries the outlet where colour cannot
 * (text reports, colour-blind readers, print).
 */
export const outletColours: readonly string[] = ['#1f5fa8', '#a63d00', '#2e7d32', '#7b1fa2', '#ad1457', '#00695c', '#5d4037', '#37474f']

/** How an article is shown in reports: its label, letter and colour (see `outletStyles`). */
export interface OutletStyle {
  /** The name shown to people: the outlet, else the domain, else the file's stem. */
  label: string
  /** "A", "B" … "Z", then "AA", "AB" …: the article's place in the story. */
  letter: string
  /** Index into `outletColours` (outlets past the eighth reuse them; the letter still differs). */
  colour: number
}

/** 0 → "A", 25 → "Z", 26 → "AA": spreadsheet-style column letters. */
export function outletLetter(index: number): string {
  let letter = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter
  return letter
}

/** The article's file without folders and extension: "feeds/bbc-news.html" → "bbc-news". */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(0, dot) : base
}

/** Each article's style, in story order: the outlet's name (its domain or file stem when it has none), letter and colour. */
export function outletStyles(articles: ReadonlyArray<{file: string, outlet: string | null, domain?: string | null}>): OutletStyle[] {
  return articles.map((article, index) => ({
    label: article.outlet?.trim() || article.domain?.trim() || fileStem(article.file),
    letter: outletLetter(index),
    colour: index % outletColours.length,
  }))
}
