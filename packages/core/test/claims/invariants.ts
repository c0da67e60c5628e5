import {expect} from 'vitest'
import type {Article, Claim} from '../../src/index.js'

/** Every span of every claim slices back to its text, inside the claim, in order. */
export function expectClaimInvariants(article: Article, claims: readonly Claim[]): void {
  const {text} = article
  let previous = 0
  const ids = new Set<string>()
  for (const claim of claims) {
    expect(ids.has(claim.id)).toBe(false)
    ids.add(claim.id)
    expect(claim.start).toBeGreaterThanOrEqual(previous)
    expect(claim.end).toBeLessThanOrEqual(text.length)
    expect(text.slice(claim.start, claim.end)).toBe(claim.text)
    previous = claim.end
    const inside = (span: {start: number, end: number, text: string}) => {
      expect(span.start).toBeGreaterThanOrEqual(claim.start)
      expect(span.end).toBeLessThanOrEqual(claim.end)
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
    for (const q of claim.quantities) {
      inside(q)
      expect(Number.isFinite(q.value)).toBe(true)
      expect(q.values[0]).toBe(q.value)
    }
    for (const d of claim.dates) {
      inside(d)
      if (d.resolution === 'unanchored') expect(d.reference).toBeNull()
      if (d.from && d.to) expect(d.from <= d.to).toBe(true)
    }
    for (const e of claim.entities) for (const m of e.mentions) inside(m)
    for (const cue of claim.cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text)
    if (claim.assertor.mention) expect(text.slice(claim.assertor.mention.start, claim.assertor.mention.end)).toBe(claim.assertor.mention.text)
    expect(claim.checkWorthiness.score).toBeGreaterThanOrEqual(0)
    expect(claim.checkWorthiness.score).toBeLessThanOrEqual(1)
  }
}
