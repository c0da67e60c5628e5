#!/usr/bin/env node
// Writes the Story of generated stories (bench/lib/generate-story.mjs) as JSON, one
// file per size, so that a speed change can be checked to give byte-identical output:
//
//   npm run build && node bench/story-snapshot.mjs OUT_DIR [--sizes 100,1000]
//   (then diff -r BEFORE_DIR AFTER_DIR)
import fs from 'node:fs'
import path from 'node:path'
import {compareArticles, findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {defaultData, storyGenerator} from './lib/generate-story.mjs'

const args = process.argv.slice(2)
const out = args[0]
if (!out || out.startsWith('--')) { console.error('usage: node bench/story-snapshot.mjs OUT_DIR [--sizes 100,1000]'); process.exit(2) }
const sizes = (args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : '100,1000').split(',').map(Number)
fs.mkdirSync(out, {recursive: true})
for (const count of sizes) {
  const analysed = storyGenerator(defaultData)(count).map(({file, text}) => {
    const article = parseArticle(text, {format: 'text', metadata: {published: '2016-04-18'}})
    const entities = findEntities(article)
    const quotes = findQuotes(article, {entities})
    return {file, article, entities, quotes, claims: findClaims(article, {quotes, entities})}
  })
  const story = compareArticles(analysed)
  fs.writeFileSync(path.join(out, `story-${count}.json`), JSON.stringify(story, null, 1))
  console.log(`${count} articles: ${story.quoteGroups.length} quote groups, ${story.claimGroups.length} claim groups`)
}
