import {classifyVariants, kindsOf} from './naming-kinds.js'
import {addForm, isHeadingLine, type FormsByKey, type NamingText} from './naming-text.js'
import type {NamingEntry} from './types.js'

/** "the southern border", "the south-western coast": a compass adjective before a lower-case noun, after "the". */
const described = /(?<![\p{L}])the\s+((?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern)\s+(\p{Ll}{3,})(?![\p{L}-])/giu

/** The compass point an adjective names, without hyphen or ending: "south-western" → "southwest". */
function pointOf(adjective: string): string {
  return adjective.toLowerCase().replace(/-/g, '').replace(/ern$/, '')
}

/**
 * One thing described by compass points of two grains: "the southern border" in
 * one place and "the southwestern border" in another, the finer point within the
 * coarser one (southwest within south). Each noun is read after "the" alone, as one
 * definite thing in running text (headlines aside); a noun given two finer points of
 * one coarse one in the story ("the southeastern" and "the southwestern coast") names
 * two places and is left out, as are points that do not nest ("northern"/"eastern").
 */
export function compassNaming(texts: readonly NamingText[]): NamingEntry[] {
  const byNoun = new Map<string, FormsByKey>()
  for (const {file, text} of texts) {
    for (const match of text.matchAll(described)) {
      if (isHeadingLine(text, match.index!)) continue
      const noun = match[2]!.toLowerCase()
      let forms = byNoun.get(noun)
      if (!forms) byNoun.set(noun, forms = new Map())
      addForm(forms, pointOf(match[1]!), `${match[1]!} ${match[2]!}`, file)
    }
  }
  const entries: NamingEntry[] = []
  let count = 0
  for (const [noun, byPoint] of byNoun) {
    for (const coarse of ['north', 'south', 'east', 'west']) {
      const fine = [...byPoint.keys()].filter((point) => point !== coarse && (point.startsWith(coarse) || point.endsWith(coarse)))
      if (!byPoint.has(coarse) || fine.length !== 1) continue
      const forms = new Map([...byPoint.get(coarse)!, ...byPoint.get(fine[0]!)!])
      const files = new Set([...forms.values()].flatMap((set) => [...set]))
      // Two grains in one outlet's text alone say nothing of how outlets differ.
      if (files.size < 2) continue
      const variants = classifyVariants(`${coarse}ern ${noun}`, [...forms].map(([form, written]) => ({form, files: [...written]})))
      entries.push({entity: `d${++count}`, name: [...byPoint.get(coarse)!.keys()][0]!, kind: 'term', kinds: kindsOf(variants), variants, titles: []})
    }
  }
  return entries
}
