import {outletStyles, type OutletStyle} from '../story/outlet-style.js'
import type {StoryText} from '../story/story-text.js'
import type {Story} from '../story/types.js'

/** Each article's outlet as people see it: name, letter and colour, keyed by the article's file. */
export type ReportOutlets = Map<string, OutletStyle>

/**
 * The outlets of a story for reports: the name the texts or the story give (a
 * manifest's, the article's metadata), else the URL's domain, else the file's stem;
 * one letter and colour each, in story order. Two articles of one outlet keep its
 * name, told apart by letter ("Riverton Courier (C)").
 */
export function reportOutlets(story: Story, texts?: ReadonlyMap<string, StoryText>): ReportOutlets {
  const styles = outletStyles(story.articles.map((article) => {
    const text = texts?.get(article.file)
    return {file: article.file, outlet: text?.outlet ?? article.outlet, domain: domainOf(text?.url)}
  }))
  const counts = new Map<string, number>()
  for (const style of styles) counts.set(style.label, (counts.get(style.label) ?? 0) + 1)
  const outlets: ReportOutlets = new Map()
  story.articles.forEach((article, i) => {
    const style = styles[i]!
    outlets.set(article.file, counts.get(style.label)! > 1 ? {...style, label: `${style.label} (${style.letter})`} : style)
  })
  return outlets
}

/** The outlet's name for a file (the file itself when the story does not have it). */
export function outletName(outlets: ReportOutlets, file: string): string {
  return outlets.get(file)?.label ?? file
}

/**
 * A line the analysis wrote with file names in it ("stated as fact by feeds/a.txt")
 * with each file replaced by its outlet's name, longest file first so that no name
 * is replaced inside another.
 */
export function nameFiles(text: string, outlets: ReportOutlets): string {
  let out = text
  for (const file of [...outlets.keys()].sort((a, b) => b.length - a.length)) {
    if (file) out = out.split(file).join(outlets.get(file)!.label)
  }
  return out
}

/** "https://www.riverton-courier.example/news/1" → "riverton-courier.example". */
function domainOf(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null
  try {
    return new URL(url).hostname.replace(/^www\./i, '') || null
  } catch {
    return null
  }
}
