#!/usr/bin/env node
// Times the naming step alone (linkEntities, then findNaming) on a generated story, in
// a fresh process as compareArticles first meets it (cold), then warm: the story step
// of issue 12 ("Fast") is mostly many small steps, and this one is measured apart so
// that a change to it shows above the noise of a shared machine.
//
//   node bench/naming.mjs [--count 1000] [--runs 5] [--src packages/core/src]
//   (--src: another copy of the source, e.g. `git archive` of the commit before, for A/B)
//
// The naming code is bundled from packages/core/src with esbuild (the per-article
// analysis uses the built package: run `npm run build` first).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'esbuild'
import {findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {defaultData, storyGenerator} from './lib/generate-story.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const count = Number(option('--count', 1000))
const runs = Number(option('--runs', 5))
const here = path.dirname(fileURLToPath(import.meta.url))
const src = path.resolve(option('--src', path.join(here, '..', 'packages', 'core', 'src')))
const outfile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'naming-bench-')), 'naming.mjs')
await build({
  stdin: {contents: `export * from './lib/entities/link-entities.js'\nexport {findNaming} from './lib/story/find-naming.js'\n`,
    resolveDir: src, loader: 'ts'},
  bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error'
})
const {linkEntities, linkEntityGroups, findNaming} = await import(pathToFileURL(outfile).href)
// Sources before linkEntityGroups: findNaming looked members up in the articles' entities.
const link = linkEntityGroups ?? linkEntities
const name = (linked) => linkEntityGroups ? findNaming(linked, fileOf, texts) : findNaming(linked, perArticle, fileOf, texts)

const items = storyGenerator(defaultData)(count).map(({file, text}) => {
  const article = parseArticle(text, {format: 'text', metadata: {published: '2016-04-18'}})
  const entities = findEntities(article)
  const quotes = findQuotes(article, {entities})
  return {file, article, entities, claims: findClaims(article, {quotes, entities})}
})
const perArticle = items.map((item) => item.entities)
const fileOf = new Map(items.map((item) => [item.article.id, item.file]))
const texts = new Map(items.map((item) => [item.article.id, item.article.text]))
const cpuMs = (since) => { const {user, system} = process.cpuUsage(since); return (user + system) / 1000 }

console.log('run  linkEntities CPU (ms)  findNaming CPU (ms)  entries')
for (let run = 0; run < runs; run++) {
  let cpu = process.cpuUsage()
  const linked = link(perArticle)
  const linkMs = cpuMs(cpu)
  cpu = process.cpuUsage()
  const naming = name(linked)
  const namingMs = cpuMs(cpu)
  console.log(`${String(run + 1).padStart(3)}  ${linkMs.toFixed(0).padStart(21)}  ${namingMs.toFixed(0).padStart(19)}  ${String(naming.length).padStart(7)}${run === 0 ? '  (cold)' : ''}`)
}
fs.rmSync(path.dirname(outfile), {recursive: true, force: true})
