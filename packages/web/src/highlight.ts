import {h} from './dom.js'

/** A stretch of article text to mark, with the class that styles it. */
export interface Mark {
  start: number
  end: number
  kind: 'quote' | 'speaker' | 'claim' | 'target'
  /** A tooltip ("Quote · Dana Okafor"). */
  title?: string
  /** Shown on hover and on keyboard focus where the mark begins, which takes a tab stop ("Said by Dana Okafor"). */
  tip?: string
}

/**
 * The text from `from` to `to` as text nodes and `<span class="m-…">` elements,
 * split where marks begin and end, so overlapping quotes, speakers and claims all
 * show. Text goes in as text nodes only.
 */
export function highlight(text: string, from: number, to: number, marks: readonly Mark[]): Node[] {
  const inside = marks.filter((mark) => mark.end > from && mark.start < to && mark.end > mark.start)
  const cuts = new Set([from, to])
  for (const mark of inside) {
    cuts.add(Math.max(from, mark.start))
    cuts.add(Math.min(to, mark.end))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const nodes: Node[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!
    const end = points[i + 1]!
    const covering = inside.filter((mark) => mark.start <= start && mark.end >= end)
    const piece = text.slice(start, end)
    if (covering.length === 0) {
      nodes.push(document.createTextNode(piece))
      continue
    }
    const kinds = [...new Set(covering.map((mark) => mark.kind))]
    const title = covering.map((mark) => mark.title).filter(Boolean).join('\n')
    const tip = covering.find((mark) => mark.tip && mark.start === start)?.tip
    nodes.push(h('span', {class: kinds.map((kind) => `m-${kind}`).join(' '), title: title || null, 'data-start': start, 'data-end': end, ...(tip ? {'data-tip': tip, tabindex: 0} : {})}, piece))
  }
  return nodes
}
