import type {Claim} from '../../src/index.js'

/** The parts of a claim a fixture pins: what a reviewer checks by eye. */
export function summarize(claims: readonly Claim[]): unknown[] {
  return claims.map((claim) => ({
    text: claim.text,
    stance: claim.stance,
    assertor: claim.assertor.kind === 'source' ? claim.assertor.name : null,
    cues: claim.cues.map((cue) => `${cue.kind}: ${cue.text}`),
    quantities: claim.quantities.map((q) => ({text: q.text, kind: q.kind, values: q.values, unit: q.unit, ...(q.counted ? {counted: q.counted} : {}), qualifier: q.qualifier})),
    dates: claim.dates.map((d) => ({text: d.text, value: d.value, from: d.from, to: d.to, resolution: d.resolution, certainty: d.certainty}))
  }))
}
