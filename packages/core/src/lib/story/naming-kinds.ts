import {distance as editDistance} from 'fastest-levenshtein'
import {nameKey} from '../entities/name-key.js'
import type {NamingEntry, NamingKind} from './types.js'

type Variant = NamingEntry['variants'][number]

/** Most telling first: a misspelling, then spellings, accents, capitals, other forms. */
const order: readonly NamingKind[] = ['error', 'spelling', 'diacritic', 'case', 'form']

function stripAccents(form: string): string {
  return form.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC')
}

/** The form without periods, hyphens and spacing: "F.B.I." = "FBI", "Jong-un" = "Jong Un". */
function bare(form: string): string {
  return form.replace(/[.\s\-‐–]+/g, '')
}

/**
 * How form `a` differs from form `b`: capitals, accents, spelling (punctuation,
 * spacing, transliteration), a slip of one or two letters in one word (`error`,
 * which `classifyVariants` keeps only when the other outlets agree), or else `form`.
 */
export function differenceOf(a: string, b: string): NamingKind {
  if (a !== b && a.toLowerCase() === b.toLowerCase()) return 'case'
  if (stripAccents(a) === stripAccents(b)) return 'diacritic'
  if (bare(a) === bare(b) || bare(a).toLowerCase() === bare(b).toLowerCase()) return 'spelling'
  const wa = a.split(/[\s-]+/)
  const wb = b.split(/[\s-]+/)
  if (wa.length !== wb.length) return 'form'
  if (wa.every((word, i) => nameKey(word) === nameKey(wb[i]!))) return 'spelling'
  const differing = wa.map((word, i) => [word, wb[i]!] as const).filter(([x, y]) => x.toLowerCase() !== y.toLowerCase())
  if (differing.length === 1) {
    const [x, y] = differing[0]!
    if (Math.min(x.length, y.length) >= 4 && x[0]!.toLowerCase() === y[0]!.toLowerCase() && editDistance(x.toLowerCase(), y.toLowerCase()) <= 2) return 'error'
  }
  return 'form'
}

/**
 * Give each variant the kind of its nearest other variant (the most telling
 * difference it has with any of them), mark as `error` a spelling that one file
 * alone uses of a name two or more other files spell alike, and put the most
 * useful first: the canonical form, then by kind, then by how many files use it.
 */
export function classifyVariants(name: string, list: ReadonlyArray<{form: string, files: readonly string[]}>): Variant[] {
  const variants: Variant[] = list.map(({form, files}) => {
    let kind: NamingKind = 'form'
    for (const other of list) {
      if (other.form === form) continue
      const found = differenceOf(form, other.form)
      if (order.indexOf(found) < order.indexOf(kind)) kind = found
    }
    return {form, files: [...files], kind}
  })
  // A slip stands as an error only when one file writes it and two or more others agree on the other spelling.
  for (const variant of variants) {
    if (variant.kind !== 'error') continue
    const agreed = variant.files.length === 1 && variants.some((other) => other !== variant && other.files.length >= 2 &&
      !other.files.includes(variant.files[0]!) && differenceOf(variant.form, other.form) === 'error')
    if (!agreed) variant.kind = 'spelling'
  }
  for (const variant of variants) {
    // The agreed spelling itself is no error: it is the form the slip departs from.
    if (variant.kind === 'error' && variant.files.length > 1) variant.kind = 'spelling'
  }
  return variants.sort((a, b) => Number(b.form === name) - Number(a.form === name) ||
    order.indexOf(a.kind) - order.indexOf(b.kind) || b.files.length - a.files.length)
}

/** The kinds an entry's variants show, most telling first. */
export function kindsOf(variants: readonly Variant[]): NamingKind[] {
  const present = new Set(variants.map((variant) => variant.kind))
  return order.filter((kind) => present.has(kind))
}
