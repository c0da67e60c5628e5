// Import time of @corroborate/core next to @mozilla/readability's, each in fresh Node
// processes (nothing cached in memory), median of several runs; then what core's
// first HTML and first Markdown article add, since Node loads those parsers on first
// use. Build first. Usage: node bench/import.mjs [runs]
import {execFileSync} from 'node:child_process'
import {loadavg} from 'node:os'
import {fileURLToPath} from 'node:url'

const runs = Number(process.argv[2] ?? 7)
const root = fileURLToPath(new URL('..', import.meta.url))
// Invented articles, small so that the parser's loading shows rather than its work.
const html = '<html><head><title>Ferry back</title></head><body><article><p>The ferry to Gull Island ran again on Monday after a three-week strike, the harbour board said.</p></article></body></html>'
const markdown = '---\ntitle: Ferry back\n---\n\nThe ferry to Gull Island ran again on Monday after a three-week strike, the harbour board said.\n'

const probes = {
  '@corroborate/core': 'await import("@corroborate/core")',
  '@mozilla/readability': 'await import("@mozilla/readability")',
  '  + first HTML article': `const {parseArticle} = await import("@corroborate/core"); const t0 = performance.now(); parseArticle(${JSON.stringify(html)}, {format: "html"}); t = t0`,
  '  + first Markdown article': `const {parseArticle} = await import("@corroborate/core"); const t0 = performance.now(); parseArticle(${JSON.stringify(markdown)}, {format: "markdown"}); t = t0`
}

function median(code) {
  const times = []
  for (let i = 0; i < runs; i++) {
    const probe = `let t = performance.now(); ${code}; console.log(performance.now() - t)`
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', probe], {cwd: root, encoding: 'utf8'})))
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]
}

console.log(`median of ${runs} fresh processes each (load average ${loadavg()[0].toFixed(1)}):`)
for (const [name, code] of Object.entries(probes)) {
  console.log(`${name.padEnd(28)} ${median(code).toFixed(0).padStart(5)} ms`)
}
