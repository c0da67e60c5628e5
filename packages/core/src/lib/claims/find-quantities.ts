import {compoundQuantities, partitiveNoun} from './compound-quantities.js'
import {countedNoun} from './counted-noun.js'
import {currencies, fractionWords, oneIdiomCompounds, oneIdiomNouns, scaleWords, vagueNumbers} from './number-words.js'
import {digitSource, parseDigits, parseWords, wordSource} from './parse-number.js'
import {qualifierAfter, qualifierAfterOf, qualifierBefore, qualifierOf} from './quantity-qualifiers.js'
import {singular} from './singular.js'
import type {Span} from '../types.js'
import type {Quantity, QuantityKind, QuantityQualifier} from './types.js'

const currencySign = String.raw`US\$|\$|€|£|¥|₽|₹`
const fraction = String.raw`(?:(?:one|two|three|four|a)[- ])?(?:${[...fractionWords.keys()].join('|')})(?= of\b)`
const vague = `(?:${[...vagueNumbers.keys()].join('|')})(?= of\\b)`
// Groups: 1 currency, 2 digits, 3 denominator, 4 "a hundred", 5 fraction, 6 vague, 7 words.
const numberRegex = new RegExp(
  `(?<![\\p{L}\\p{N}#/.:_-])(?:(${currencySign})\\s?)?(?:(${digitSource})(?:/(\\d+))?(?![\\p{N}])|(a (?:hundred|thousand|million|billion|dozen))(?![\\p{L}])|(${fraction})|(${vague})|(${wordSource}))`,
  'giu'
)
const itemRegex = new RegExp(`^(${digitSource}|${wordSource})`, 'iu')
// A closing quote mark may stand between a number and its scale when a quote ends
// inside the amount ("asking for $5” billion": the speaker's words, the writer's scale).
const scaleAfter = /^[”"’]?\s?(hundred|thousand|million|billion|trillion|bn|mn|tn)(?![\p{L}])/iu
const shortScale = /^(m|k)(?![\p{L}])/iu
const percentAfter = /^\s?(?:%|per\s?cent(?![\p{L}])|percentage points?(?![\p{L}]))/iu
const currencyAfter = new RegExp(`^\\s(${[...currencies.keys()].filter((k) => /^\p{L}/u.test(k)).join('|')})(?![\\p{L}])`, 'iu')
const hyphenUnit = /^-(\p{L}+)/u
const rangeAfter = new RegExp(`^(?:\\s*[–-]\\s*|\\s+to\\s+|\\s+and\\s+)(${digitSource}|${wordSource})`, 'iu')
// "30, 40, 50 years", "30, 40 or 50 years": two items or more after the first.
const listItem = `(?:${digitSource}|${wordSource})(?![\\p{L}\\p{N}])`
const listAfter = new RegExp(`^(?:(?:,\\s*${listItem}){2,}|(?:,\\s*${listItem})*,?\\s+(?:and|or)\\s+${listItem})`, 'iu')

/**
 * Find the quantities in a stretch of text: digits and number words, percentages,
 * money, ranges, lists, fractions and vague counts, each with its qualifier
 * ("at least", "nearly") and its unit or counted noun, normalised to singular.
 *
 * Years (a bare 1900–2099 with no unit) and numbers inside `skip` spans (dates,
 * times) are left out; so are number words with no noun after them ("one of them").
 *
 * @param text The whole text (offsets are into it).
 * @param span The stretch to search; default the whole text.
 * @param given Spans whose numbers are not quantities (dates found already).
 */
export function findQuantities(text: string, span: Span = {start: 0, end: text.length}, given: readonly Span[] = []): Quantity[] {
  // Quantities written across several words ("a week and a half", "a pair of aides"): their words are read no further.
  const compounds = compoundQuantities(text, span).filter((q) => !given.some((s) => q.start < s.end && s.start < q.end))
  const skip = compounds.length > 0 ? [...given, ...compounds] : given
  const found: Quantity[] = []
  numberRegex.lastIndex = span.start
  // Searched up to the span's end only: a sentence without numbers does not scan on to the next number in the text.
  const searched = span.end < text.length ? text.slice(0, span.end) : text
  let m: RegExpExecArray | null
  while ((m = numberRegex.exec(searched)) && m.index < span.end) {
    const start = m.index
    let pos = start + m[0].length
    if (skip.some((s) => start < s.end && pos > s.start)) continue
    const [, sign, digits, denominator, aScale, fractionText, vagueText, wordText] = m
    let value: number
    let unit: string | null = sign ? currencies.get(sign.toLowerCase()) ?? null : null
    let qualifier: QuantityQualifier = 'exact'
    let approximate = false
    let plural: boolean | null = true
    if (digits) {
      if (denominator && Number(denominator) === 0) continue // "0/0", "3/0": a score or a code, no number
      const next = text.slice(pos, Math.min(span.end, pos + 3))
      value = denominator ? parseDigits(digits) / Number(denominator) : parseDigits(digits)
      if (denominator) unit = 'fraction'
      const short = sign ? shortScale.exec(next) : null
      if (short) { value *= short[1]!.toLowerCase() === 'm' ? 1e6 : 1e3; pos += short[0].length }
      else if (/^\p{L}/u.test(next) && !/^(?:bn|mn|tn)(?!\p{L})/iu.test(next)) continue // "2nd", "5G"
      else if (/^:\d/.test(next)) continue // a time of day, "1:00"
    } else if (aScale) value = parseWords(aScale)
    else if (fractionText) { value = parseFraction(fractionText); unit = 'fraction'; plural = null }
    else if (vagueText) { value = vagueNumbers.get(vagueText.toLowerCase())!; qualifier = 'more-than'; approximate = true }
    else value = parseWords(wordText!)
    // Every look past the number stops at the span's end: a range, list or unit never reaches into the next sentence.
    const scale = scaleAfter.exec(text.slice(pos, Math.min(span.end, pos + 12)))
    if (scale && !fractionText) { value *= scaleWords.get(scale[1]!.toLowerCase())!; pos += scale[0].length }
    let kind: QuantityKind = 'single'
    const values = [value]
    const range = rangeAfter.exec(text.slice(pos, Math.min(span.end, pos + 40)))
    const between = /(?:between|from)\s+$/i.test(text.slice(Math.max(span.start, start - 10), start))
    if (range && (!/\sand\s/.test(range[0]) || between) && !/^\s*-\s*\p{L}/u.test(range[0]) && !sign === !/[$€£¥₽₹]/u.test(range[0])) {
      let high = /\d/.test(range[1]!) ? parseDigits(range[1]!) : parseWords(range[1]!)
      pos += range[0].length
      const highScale = scaleAfter.exec(text.slice(pos, Math.min(span.end, pos + 12)))
      if (highScale) { high *= scaleWords.get(highScale[1]!.toLowerCase())!; pos += highScale[0].length; if (!scale) value *= scaleWords.get(highScale[1]!.toLowerCase())! }
      kind = 'range'
      values.splice(0, 1, value, high)
    } else {
      const list = listAfter.exec(text.slice(pos, Math.min(span.end, pos + 80)))
      if (list && !sign && !scale && !/^\d{4}$/.test(digits ?? '')) {
        const items = list[0].split(/,?\s*(?:\band\s+|\bor\s+)|,\s*/).filter((item) => item.trim())
        for (const item of items) {
          const it = itemRegex.exec(item.trim())
          if (it) values.push(/\d/.test(it[1]!) ? parseDigits(it[1]!) : parseWords(it[1]!))
        }
        kind = 'list'
        pos += list[0].length
      }
    }
    let counted: string | null = null
    const after = text.slice(pos, Math.min(span.end, pos + 30))
    const percent = percentAfter.exec(after)
    const money = unit ? null : currencyAfter.exec(after)
    const hyphen = hyphenUnit.exec(after)
    let end = pos
    if (percent) { unit = /point/i.test(percent[0]) ? 'percentage point' : 'percent'; end = pos + percent[0].length }
    else if (money) { unit = currencies.get(money[1]!.toLowerCase())!; end = pos + money[0].length }
    else if (hyphen) {
      unit = singular(hyphen[1]!)
      end = pos + hyphen[0].length
      const noun = countedNoun(text, end, null)
      if (noun && noun.end <= span.end) { counted = singular(noun.text); end = noun.end }
    } else if (!unit || unit === 'fraction') {
      const from = vagueText || fractionText ? pos + (/^\s+of\b/i.exec(after)?.[0].length ?? 0) : pos
      const noun = countedNoun(text, from, plural === null ? null : (vagueText ? true : value !== 1))
      if (noun && noun.end <= span.end) {
        if (unit === 'fraction') counted = singular(noun.text)
        else unit = singular(noun.text)
        end = noun.end
      }
    }
    // A bare four-digit number from 1900 to 2099 with no unit is a year, not a count.
    if (digits && /^(?:19|20)\d\d$/.test(digits) && !sign && !percent && !scale && kind === 'single' && (unit === null || /^(?:election|campaign|season|game|olympic|midterm|primary|budget|census)s?$/.test(unit))) continue
    if (unit === null && kind === 'single' && !percent) {
      const bounded = qualifierBefore.test(text.slice(Math.max(span.start, start - 24), start))
      const noun = partitiveNoun(text, end, value, bounded)
      if (noun && noun.end <= span.end) { unit = singular(noun.text); end = noun.end }
    }
    if (wordText && unit === null && kind === 'single') continue
    // "one" as an idiom or a pronoun ("one reason is", "one-sided") counts nothing.
    if (wordText && /^one$/i.test(wordText) && kind === 'single' && (oneIdiomNouns.has(unit ?? '') || (hyphen && oneIdiomCompounds.has(hyphen[1]!.toLowerCase())))) continue
    const lead = qualifierBefore.exec(text.slice(Math.max(span.start, start - 24), start))
    let first = start
    if (lead) { qualifier = qualifierOf(lead[1]!); approximate = true; first = start - lead[0].length }
    // "18 or older", "30 feet or more": an inclusive bound written after the number.
    const trail = lead || kind !== 'single' ? null : qualifierAfter.exec(text.slice(end, Math.min(span.end, end + 24)))
    if (trail) { qualifier = qualifierAfterOf(trail); approximate = true; end += trail[0].length }
    found.push({text: text.slice(first, end), start: first, end, kind, value: values[0]!, values, unit, counted, qualifier, approximate})
    numberRegex.lastIndex = Math.max(numberRegex.lastIndex, end)
  }
  return compounds.length === 0 ? found : [...found, ...compounds].sort((a, b) => a.start - b.start)
}

function parseFraction(text: string): number {
  const parts = text.toLowerCase().split(/[- ]/)
  const part = fractionWords.get(parts[parts.length - 1]!) ?? 0
  const count = parts.length > 1 && parts[0] !== 'a' ? parseWords(parts[0]!) : 1
  return count * part
}
