// Self time of a V8 .cpuprofile (`node --cpu-prof`, or the inspector's Profiler) by
// function and by source file. Core is bundled into one dist/index.js; esbuild marks
// where each source file starts (`// src/lib/...ts`), so a line of the bundle is read
// back to the source file it came from.
import fs from 'node:fs'
import {fileURLToPath} from 'node:url'

/** `url` → sorted [{line, file}] of the bundle's source-file markers (0-based lines). */
const markersOf = new Map()
function sourceFile(url, line, anonymous = false) {
  if (!url.startsWith('file:')) return url || '(native)'
  if (!markersOf.has(url)) {
    const markers = []
    try {
      fs.readFileSync(fileURLToPath(url), 'utf8').split('\n').forEach((text, index) => {
        const match = /^\/\/ ((?:src|\.\.|node_modules)\/\S+)$/.exec(text)
        if (match) markers.push({line: index, file: match[1]})
      })
    } catch {}
    markersOf.set(url, markers)
  }
  const markers = markersOf.get(url)
  let found = null
  for (const marker of markers) if (marker.line <= line) found = marker; else break
  // An anonymous function is told apart by its line in the bundle, past the file's marker.
  return found ? (anonymous ? `${found.file} +${line - found.line}` : found.file) : url.replace(/^.*\/(packages|node_modules)\//, '$1/')
}

/** Self milliseconds by function (name, file) and by file, largest first. */
export function summariseProfile(profile) {
  const selfCount = new Map()
  for (const id of profile.samples) selfCount.set(id, (selfCount.get(id) ?? 0) + 1)
  const total = profile.endTime - profile.startTime
  const msPerSample = total / 1000 / Math.max(1, profile.samples.length)
  const byFunction = new Map()
  const byFile = new Map()
  for (const node of profile.nodes) {
    const count = selfCount.get(node.id)
    if (!count) continue
    const {functionName, url, lineNumber} = node.callFrame
    const file = sourceFile(url, lineNumber)
    const key = `${functionName || '(anonymous)'}  ${sourceFile(url, lineNumber, !functionName)}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + count * msPerSample)
    byFile.set(file, (byFile.get(file) ?? 0) + count * msPerSample)
  }
  // Total time (self and callees) by function, a recursive call counted once.
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]))
  const inclusive = new Map()
  const keyOf = ({callFrame: {functionName, url, lineNumber}}) => `${functionName || '(anonymous)'}  ${sourceFile(url, lineNumber, !functionName)}`
  const walk = (node, onStack) => {
    const key = keyOf(node)
    const fresh = !onStack.has(key)
    if (fresh) onStack.add(key)
    let samples = selfCount.get(node.id) ?? 0
    for (const child of node.children ?? []) samples += walk(nodeById.get(child), onStack)
    if (fresh) { onStack.delete(key); inclusive.set(key, (inclusive.get(key) ?? 0) + samples * msPerSample) }
    return samples
  }
  walk(profile.nodes[0], new Set())
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1])
  return {totalMs: total / 1000, byFunction: sorted(byFunction), byFile: sorted(byFile), inclusive: sorted(inclusive)}
}

/** Prints the top `limit` rows of each table. */
export function printSummary(summary, limit = 30) {
  const row = ([name, ms]) => `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${name}`
  console.log(`total ${summary.totalMs.toFixed(0)} ms\n-- self time by function`)
  summary.byFunction.slice(0, limit).forEach((entry) => console.log(row(entry)))
  console.log('-- total time by function (with what it calls)')
  summary.inclusive.slice(0, limit).forEach((entry) => console.log(row(entry)))
  console.log('-- self time by file')
  summary.byFile.slice(0, limit).forEach((entry) => console.log(row(entry)))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, limit] = process.argv.slice(2)
  if (!file) { console.error('usage: node bench/lib/summarise-profile.mjs FILE.cpuprofile [rows]'); process.exit(2) }
  printSummary(summariseProfile(JSON.parse(fs.readFileSync(file, 'utf8'))), Number(limit ?? 30))
}
