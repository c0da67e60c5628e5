#!/usr/bin/env node
// Profiles compareArticles alone (the per-article analysis is done first, outside the
// profile) on a generated story, and prints self time by function and by source file:
//
//   npm run build && node bench/profile-story.mjs [--count 1000] [--out story.cpuprofile] [--rows 30]
import fs from 'node:fs'
import {Session} from 'node:inspector/promises'
import {compareArticles, findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {defaultData, storyGenerator} from './lib/generate-story.mjs'
import {printSummary, summariseProfile} from './lib/summarise-profile.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const count = Number(option('--count', 1000))
const generate = storyGenerator(defaultData)
const analyse = (size) => generate(size).map(({file, text}) => {
  const article = parseArticle(text, {format: 'text', metadata: {published: '2016-04-18'}})
  const entities = findEntities(article)
  const quotes = findQuotes(article, {entities})
  return {file, article, entities, quotes, claims: findClaims(article, {quotes, entities})}
})
// Warm up as bench/story.mjs does before its 1,000-article compare: whole compares of
// 10 and 100 articles, then a five-article one, so the profile shows steady-state code.
for (const size of [10, 100].filter((size) => size < count)) {
  const warm = analyse(size)
  compareArticles(warm.slice(0, 5))
  compareArticles(warm)
}
const analysed = analyse(count)
compareArticles(analysed.slice(0, 5))
const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 200})
await session.post('Profiler.start')
const started = performance.now()
const cpu = process.cpuUsage()
compareArticles(analysed)
const {user, system} = process.cpuUsage(cpu)
const wallMs = performance.now() - started
const {profile} = await session.post('Profiler.stop')
session.disconnect()
console.log(`compare ${count} articles: ${(wallMs / 1000).toFixed(3)} s wall, ${((user + system) / 1e6).toFixed(3)} s CPU`)
const out = option('--out', null)
if (out) fs.writeFileSync(out, JSON.stringify(profile))
printSummary(summariseProfile(profile), Number(option('--rows', 30)))
