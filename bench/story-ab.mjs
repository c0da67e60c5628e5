#!/usr/bin/env node
// One run of an A/B speed comparison of compareArticles: the bench story's articles
// (bench/lib/generate-story.mjs, 10, 100 and 1,000) are analysed once and kept in a
// file, so that each run times only the compare, with the build given:
//
//   node bench/story-ab.mjs --inputs /tmp/story-inputs.bin --core path/to/dist/index.js
//   (alternate runs of two builds, e.g. a copy of main's dist and packages/core/dist,
//    under `taskset -c 1`, and compare the medians)
//
// Prints, per size, the compare's CPU milliseconds (after a five-article warm-up, as
// bench/story.mjs does) and the md5 of the story JSON, which two builds that differ
// in speed only must give alike.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import v8 from 'node:v8'
import {pathToFileURL} from 'node:url'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const inputs = option('--inputs', null)
const corePath = option('--core', null)
if (!inputs) { console.error('usage: node bench/story-ab.mjs --inputs FILE [--core DIST_INDEX_JS]'); process.exit(2) }
const core = corePath ? await import(pathToFileURL(path.resolve(corePath)).href) : await import('@corroborate/core')

if (!fs.existsSync(inputs)) {
  const {defaultData, storyGenerator} = await import('./lib/generate-story.mjs')
  const generate = storyGenerator(defaultData)
  const sets = {}
  for (const count of [10, 100, 1000]) {
    sets[count] = generate(count).map(({file, text}) => {
      const article = core.parseArticle(text, {format: 'text', metadata: {published: '2016-04-18'}})
      const entities = core.findEntities(article)
      const quotes = core.findQuotes(article, {entities})
      return {file, article, entities, quotes, claims: core.findClaims(article, {quotes, entities})}
    })
  }
  fs.writeFileSync(inputs, v8.serialize(sets))
}
const sets = v8.deserialize(fs.readFileSync(inputs))
const out = {}
for (const count of [10, 100, 1000]) {
  core.compareArticles(sets[count].slice(0, 5))
  const cpu = process.cpuUsage()
  const story = core.compareArticles(sets[count])
  const {user, system} = process.cpuUsage(cpu)
  out[count] = {ms: Math.round((user + system) / 1000), md5: crypto.createHash('md5').update(JSON.stringify(story)).digest('hex').slice(0, 8)}
}
console.log(JSON.stringify(out))
