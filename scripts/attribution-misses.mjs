// Why indirect attributions were missed, for eval-attributions.mjs --misses.
// Each gold content with no found quote overlapping it by half of both is put in
// one kind, from the found quote that overlaps it most:
// - none: no found quote touches it;
// - direct: only quotes of another kind (direct, mixed, partial) touch it;
// - short: an indirect quote lies inside it (ours stops early or starts late);
// - long: it lies inside an indirect quote (ours runs on);
// - shifted: an indirect quote overlaps one end (ours starts or ends elsewhere).
// With a number N, prints up to N examples of each kind.
import {trim} from './attribution-spans.mjs'

export function missKinds(examples) {
  const counts = {none: 0, direct: 0, short: 0, long: 0, shifted: 0}
  const shown = {none: [], direct: [], short: [], long: [], shifted: []}
  const edges = {}
  const cues = {}
  return {
    add(text, gold, found) {
      for (const g of gold) {
        const [a, b] = trim(text, g.start, g.end)
        let best
        let bestShared = 0
        let matched = false
        for (const q of found) {
          const [c, d] = trim(text, q.start, q.end)
          const shared = Math.max(0, Math.min(b, d) - Math.max(a, c))
          if (shared === 0) continue
          if (q.kind === 'indirect' && Math.min(shared / (b - a), shared / (d - c)) >= 0.5) matched = true
          const weight = q.kind === 'indirect' ? shared * 2 : shared
          if (weight > bestShared) { bestShared = weight; best = {q, c, d} }
        }
        if (matched) continue
        let kind = 'none'
        if (best && best.q.kind !== 'indirect') kind = 'direct'
        else if (best) kind = best.c >= a && best.d <= b ? 'short' : a >= best.c && b <= best.d ? 'long' : 'shifted'
        counts[kind]++
        if (kind === 'none' && process.env.CUE && g.cue?.toLowerCase() === process.env.CUE) console.log(`  [${g.cue}] ${text.slice(Math.max(0, g.start - 150), g.start).replace(/\s+/g, ' ')} [[${text.slice(a, b)}]] ${text.slice(g.end, g.end + 60).replace(/\s+/g, ' ')}\n`)
        if (kind === 'none') cues[g.cue?.toLowerCase()] = (cues[g.cue?.toLowerCase()] ?? 0) + 1
        if (best && best.q.kind === 'indirect' && Math.abs(best.c - a) <= 5) {
          // Same start: what comes where the shorter of the two stops.
          const stop = best.d < b ? `ours stops, gold goes on: ${text.slice(best.d, best.d + 12).split(/\s+/).slice(0, 2).join(' ')}` : `gold stops, ours goes on: ${text.slice(b, b + 12).split(/\s+/).slice(0, 2).join(' ')}`
          edges[stop] = (edges[stop] ?? 0) + 1
          if (process.env.EDGE && stop.endsWith(process.env.EDGE)) console.log(`  gold: ${text.slice(a, b)}\n  ours: ${text.slice(best.c, best.d)}\n`)
        }
        if (shown[kind].length < examples) {
          const ours = best ? text.slice(best.c, best.d) : ''
          shown[kind].push(`  gold: ${text.slice(a, b)}\n  ours: ${ours}`)
        }
      }
    },
    print() {
      console.log('indirect misses:', Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', '))
      if (examples) console.log('none, by cue:', Object.entries(cues).sort((x, y) => y[1] - x[1]).slice(0, 20).map(([e, n]) => `${e} ${n}`).join(', '))
      if (examples) console.log(Object.entries(edges).sort((x, y) => y[1] - x[1]).slice(0, 40).map(([e, n]) => `  ${n} ${e}`).join('\n'))
      for (const [kind, lines] of Object.entries(shown)) {
        if (lines.length) console.log(`-- ${kind}\n${lines.join('\n\n')}`)
      }
    },
  }
}
