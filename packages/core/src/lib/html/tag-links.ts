import {normalise, textOf} from './collect-blocks.js'

/**
 * How much text of links marked `rel="tag"` (the microformat for a post's tags, which
 * blog and news templates print as "Tags: budget, council, pier") each element under
 * `root` holds, counting an element's own link and those below it; null when the
 * content has none (most pages), so that nothing more is walked. A block made mostly
 * of such links is the post's tag list, in any language.
 */
export function taggedLengths(root: Element): Map<Element, number> | null {
  let lengths: Map<Element, number> | null = null
  for (const link of Array.from(root.getElementsByTagName('a'))) {
    const rel = link.getAttribute('rel')
    if (!rel || !/(?:^|\s)tag(?:$|\s)/i.test(rel)) continue
    const length = normalise(textOf(link)).length
    lengths ??= new Map()
    for (let at: Element | null = link; at && at !== root; at = at.parentElement) lengths.set(at, (lengths.get(at) ?? 0) + length)
  }
  return lengths
}

/** Whether tag links make up at least half of a block's text. */
export function isTagList(text: string, tagged: number): boolean {
  return tagged > 0 && tagged * 2 >= normalise(text).length
}
