#!/usr/bin/env node
// Time that claims add to parse + quotes, on the PolNeAR train texts (one record per
// file). Baseline: parseArticle + findEntities + findQuotes (entities passed on, as
// the pipeline does); then the same plus findClaims given those quotes and entities.
// Each pass runs the whole corpus once to warm up, then ROUNDS times; the best round
// counts. Target: claims add no more than 30%.
//
// Usage: node bench/claims.mjs [rounds]   (needs a built core: cd packages/core && npx tsup)
import {readFileSync} from 'node:fs'
import {findClaims, findEntities, findQuotes, parseArticle} from '@corroborate/core'
import {fileURLToPath} from 'node:url'

const file = process.env.POLNEAR ?? fileURLToPath(new URL('../../shared/data/polnear/train.jsonl', import.meta.url))
const rounds = Number(process.argv[2] ?? 3)
const seen = new Set()
const texts = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
  .filter((r) => !seen.has(r.filename) && seen.add(r.filename)).map((r) => r.text)
const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6

function pass(withClaims) {
  const start = performance.now()
  let claims = 0
  for (const text of texts) {
    const article = parseArticle(text, {format: 'text'})
    const entities = findEntities(article)
    const quotes = findQuotes(article, {entities})
    if (withClaims) claims += findClaims(article, {quotes, entities}).length
  }
  return {ms: performance.now() - start, claims}
}

function best(withClaims) {
  pass(withClaims)
  let min = Infinity, claims = 0
  for (let i = 0; i < rounds; i++) ({ms: min, claims} = (({ms, claims}) => ({ms: Math.min(min, ms), claims}))(pass(withClaims)))
  return {ms: min, claims}
}

const base = best(false)
const full = best(true)
const share = (full.ms - base.ms) / base.ms
console.log(`${texts.length} articles, ${megabytes.toFixed(2)} MB, best of ${rounds}`)
console.log(`parse + quotes:          ${base.ms.toFixed(0)} ms (${(megabytes / (base.ms / 1000)).toFixed(2)} MB/s)`)
console.log(`parse + quotes + claims: ${full.ms.toFixed(0)} ms (${full.claims} claims)`)
console.log(`claims add ${(share * 100).toFixed(1)}% (target ≤ 30%)`)
