import {availableParallelism} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {defaultMaxLength, findStories, type CorpusStory, type Format} from '@corroborate/core'
import {analyzeInput, type Task, type TaskResult} from '../analyze-input.js'
import {expandInputs} from '../inputs.js'
import type {Io} from '../io.js'
import {openSink} from '../output-sink.js'
import {runPooled} from '../pool.js'
import {Progress} from '../progress.js'
import {oneLine} from '../visible.js'
import type {StoryFeaturesRecord} from './story-features.js'
import {writeManifests} from './story-manifests.js'
import {storiesToText} from './stories-text.js'

const options = {
  format: {type: 'string', short: 'f'},
  output: {type: 'string', short: 'o'},
  'out-dir': {type: 'string'},
  compare: {type: 'string'},
  threshold: {type: 'string'},
  'window-days': {type: 'string'},
  'input-format': {type: 'string'},
  jobs: {type: 'string', short: 'j'},
  'no-glob': {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

const help = `Usage: corroborate stories [options] CORPUS...

Group a corpus into stories, one event each: files, folders and globs.

Options:
  -f, --format FORMAT   text (default), json or jsonl
  -o, --output FILE     write the stories there instead of standard output
  --out-dir DIR         also write DIR/<story>/story.yaml, one manifest per story
  --compare FORMAT      with --out-dir: write each story's report (any report format)
  --threshold N         lowest average similarity at which groups join (default 0.085)
  --window-days N       dated articles further apart are unlikely one event (default 180)
  --input-format F      text, markdown, html or json (default: from each file)
  -j, --jobs N          worker threads (default: one per core on big batches)
  --no-glob             take arguments literally

Examples:
  corroborate stories corpus/ --format json -o stories.json
  corroborate stories corpus/ --out-dir stories/ --compare html
`

const reportExtensions: Record<string, string> = {text: 'txt', markdown: 'md', html: 'html', json: 'json', annotations: 'jsonld', jsonld: 'jsonld', csv: 'csv', jsonl: 'jsonl'}

/**
 * `corroborate stories CORPUS...`: analyse every article on the worker pool (only
 * the small grouping features come back, so memory stays bounded), group them with
 * core's `findStories`, and print the stories; with `--out-dir`, a `story.yaml`
 * per story, and with `--compare`, each story's report beside it.
 */
export async function runStories(argv: readonly string[], io: Io): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    return usage(io, (error as Error).message.split('\n')[0]!.replace(/\.$/, ''))
  }
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout(help)
    return 0
  }
  const format = values.format ?? 'text'
  if (!['text', 'json', 'jsonl'].includes(format)) return usage(io, `'stories' cannot print --format ${format}; expected one of text, json, jsonl`)
  if (values.compare !== undefined && !(values.compare in reportExtensions)) return usage(io, `unknown --compare format '${values.compare}'; expected one of ${Object.keys(reportExtensions).join(', ')}`)
  if (values.compare !== undefined && values['out-dir'] === undefined) return usage(io, '--compare writes into the --out-dir folder; give one')
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold)
  if (threshold !== undefined && !(threshold > 0 && threshold < 1)) return usage(io, `expected --threshold between 0 and 1, found '${values.threshold}'`)
  const windowDays = values['window-days'] === undefined ? undefined : Number(values['window-days'])
  if (windowDays !== undefined && !(windowDays > 0)) return usage(io, `expected --window-days as a number of days, found '${values['window-days']}'`)
  if (positionals.length === 0) return usage(io, "no files given; try 'corroborate stories --help'")
  const say = (text: string) => io.stderr(oneLine(text))

  const expanded = await expandInputs(positionals, io, {glob: !values['no-glob']})
  for (const problem of expanded.problems) say(`corroborate: ${problem}\n`)
  const inputs = expanded.inputs.filter((input) => input.absolute !== null)
  const jobs = values.jobs === undefined ? (inputs.length < 16 ? 1 : availableParallelism()) : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1) return usage(io, `expected --jobs as a whole number of at least 1, found '${values.jobs}'`)
  const tasks = inputs.map((input): Task => ({command: 'stories', format: 'json', file: input.file, absolute: input.absolute, maxBytes: defaultMaxLength,
    inputFormat: (values['input-format'] ?? null) as Format | null, ...(input.metadata ? {metadata: input.metadata} : {})}))

  const progress = new Progress(tasks.length, io.stderr, io.stderrIsTTY && tasks.length > 1, io.columns)
  const records = new Map<string, StoryFeaturesRecord>()
  let failed = expanded.problems.length
  for await (const result of analyze(tasks, Math.min(jobs, availableParallelism()))) {
    progress.tick(result.ok ? result.size : 0)
    if (!result.ok) {
      if (!result.skipped) failed++
      progress.finish()
      say(`corroborate: ${result.file}: ${result.error}\n`)
      continue
    }
    const record = result.record as StoryFeaturesRecord
    // One article twice (a copy under two names) is one member.
    if (!records.has(record.id)) records.set(record.id, record)
  }
  progress.finish()
  const stories = findStories([...records.values()], {threshold, windowDays})

  const sink = openSink(values.output, io)
  if (typeof sink === 'string') {
    say(`corroborate: ${values.output}: cannot write: ${sink}\n`)
    return 1
  }
  const withFiles = stories.map((story) => ({...story, files: story.articles.map((id) => records.get(id)!.file)}))
  if (format === 'json') sink.write(JSON.stringify({version: 1, stories: withFiles}, null, 2) + '\n')
  else if (format === 'jsonl') for (const story of withFiles) sink.write(JSON.stringify(story) + '\n')
  else sink.write(storiesToText(stories, records))
  await sink.close()

  if (values['out-dir'] !== undefined) {
    const outDir = path.resolve(io.cwd, values['out-dir'])
    const manifests = await writeManifests(stories, records, outDir, io.cwd)
    say(`corroborate: ${manifests.length} story manifests in ${values['out-dir']}\n`)
    if (values.compare !== undefined) failed += await compareStories(stories, manifests, values.compare, io)
  }
  return failed > 0 ? 1 : 0
}

/** Write each story's report beside its manifest (stories of one article have nothing to compare). */
async function compareStories(stories: readonly CorpusStory[], manifests: readonly string[], format: string, io: Io): Promise<number> {
  // Imported here: main imports this module through the command registry.
  const {main} = await import('../main.js')
  let failed = 0
  for (const [index, story] of stories.entries()) {
    if (story.articles.length < 2) continue
    const manifest = manifests[index]!
    const output = path.join(path.dirname(manifest), `report.${reportExtensions[format]}`)
    const code = await main(['report', '--format', format, '--allow-outside', '-o', output, manifest], {...io, stdout: () => {}, stderrIsTTY: false})
    if (code !== 0) failed++
  }
  return failed
}

async function* analyze(tasks: readonly Task[], jobs: number): AsyncGenerator<TaskResult> {
  if (jobs === 1) {
    for (const task of tasks) yield await analyzeInput(task)
    return
  }
  // A few tasks ahead of the one being read: memory stays bounded.
  yield * runPooled(tasks, jobs, 60_000)
}

function usage(io: Io, message: string): number {
  io.stderr(`corroborate: ${message}\n`)
  return 2
}
