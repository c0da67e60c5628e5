#!/usr/bin/env node
// How well findStories groups a corpus into stories, one event each, on ECB+ (921
// documents, 85 events, two events of one kind per topic): B-cubed precision, recall
// and F1 against each document's `story`, over the whole corpus, within topics (the
// hard part: two earthquakes, two arrests) and on the two halves of the topics, next
// to a plain TF-IDF average-linkage baseline in the same run.
//
//   npm run build && npm run eval:stories [-- --data FILE --threshold 0.085 --verbose]
//
// FILE holds one JSON record a line: {id, story, topic, title, published, text}.
// `published` may be any date as pages write it; dates that cannot be read are left out.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {findStories, parseArticle} from '@corroborate/core'
import {readPublished} from './read-published.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const data = option('data', path.join(here, '..', '..', 'shared', 'data', 'ecbplus', 'docs.jsonl'))
const threshold = option('threshold') ? Number(option('threshold')) : undefined
const verbose = process.argv.includes('--verbose')
const records = fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))

let started = performance.now()
const articles = records.map((record) => parseArticle(record.text, {
  format: 'text',
  metadata: {title: record.title ?? null, published: readPublished(record.published)}
}))
const parseMs = performance.now() - started
started = performance.now()
const stories = findStories(articles, {threshold, blockingFeatures: option('blocking') ? Number(option('blocking')) : undefined, maxPosting: option('posting') ? Number(option('posting')) : undefined})
const groupMs = performance.now() - started
const ours = new Map()
stories.forEach((story) => story.articles.forEach((id) => ours.set(id, story.id)))
const predicted = articles.map((article) => ours.get(article.id))

started = performance.now()
const baseline = process.argv.includes('--no-baseline') ? predicted : tfidfBaseline(records.map((record) => `${record.title ?? ''}\n${record.text}`), 0.16)
const baselineMs = performance.now() - started

const gold = records.map((record) => record.story)
const topics = [...new Set(records.map((record) => record.topic))].sort((a, b) => Number(a) - Number(b) || String(a).localeCompare(String(b)))
const all = records.map((_, index) => index)
const halves = [0, 1].map((half) => all.filter((index) => topics.indexOf(records[index].topic) % 2 === half))

console.log(`${records.length} documents, ${new Set(gold).size} stories, ${topics.length} topics, ${articles.filter((a) => a.published).length} dated`)
console.log(`findStories: ${stories.length} stories in ${groupMs.toFixed(0)} ms (parsing ${parseMs.toFixed(0)} ms); baseline ${baselineMs.toFixed(0)} ms`)
console.log('')
console.log('                       B3 precision  recall     F1   within topics   first half F1  second half F1')
for (const [name, labels] of [['findStories', predicted], ['TF-IDF baseline', baseline]]) {
  const overall = bcubed(all, labels)
  const within = topics.reduce((sum, topic) => sum + bcubed(all.filter((index) => records[index].topic === topic), labels).f, 0) / topics.length
  const [first, second] = halves.map((half) => bcubed(half, labels).f)
  console.log(`${name.padEnd(22)} ${fmt(overall.p).padStart(12)} ${fmt(overall.r).padStart(7)} ${fmt(overall.f).padStart(6)} ${fmt(within).padStart(15)} ${fmt(first).padStart(15)} ${fmt(second).padStart(15)}`)
}

if (verbose) {
  // Per topic: precision and recall, then the pairs of documents the grouping got
  // wrong: merged (two events in one found story) and split (one event in several).
  console.log('\nWorst topics (findStories): precision, recall, F1, wrong pairs, then gold stories per found story')
  const rows = topics.map((topic) => {
    const members = all.filter((index) => records[index].topic === topic)
    const groups = new Map()
    let merged = 0
    let split = 0
    for (const index of members) {
      const group = groups.get(predicted[index]) ?? {}
      group[gold[index]] = (group[gold[index]] ?? 0) + 1
      groups.set(predicted[index], group)
      for (const other of members) {
        if (other <= index) continue
        if (predicted[other] === predicted[index] && gold[other] !== gold[index]) merged++
        if (predicted[other] !== predicted[index] && gold[other] === gold[index]) split++
      }
    }
    return {score: bcubed(members, predicted), topic, merged, split, groups: JSON.stringify([...groups.values()])}
  }).sort((a, b) => a.score.f - b.score.f)
  for (const {score, topic, merged, split, groups} of rows.slice(0, 12)) {
    console.log(`  P ${fmt(score.p)}  R ${fmt(score.r)}  F1 ${fmt(score.f)}  topic ${topic}  merged ${merged} split ${split}  ${groups}`)
  }
  const totals = rows.reduce((sum, row) => [sum[0] + row.merged, sum[1] + row.split], [0, 0])
  console.log(`  pairs within topics: merged ${totals[0]}, split ${totals[1]}`)
}

/** B-cubed precision, recall and F1 of `labels` against gold over the items `indices`. */
function bcubed(indices, labels) {
  let precision = 0
  let recall = 0
  for (const i of indices) {
    let both = 0
    let found = 0
    let truth = 0
    for (const j of indices) {
      const sameFound = labels[j] === labels[i]
      const sameTruth = gold[j] === gold[i]
      if (sameFound) found++
      if (sameTruth) truth++
      if (sameFound && sameTruth) both++
    }
    precision += both / found
    recall += both / truth
  }
  precision /= indices.length
  recall /= indices.length
  return {p: precision, r: recall, f: (2 * precision * recall) / (precision + recall)}
}

function fmt(value) {
  return value.toFixed(3)
}

/**
 * The plain baseline: log-TF x IDF vectors of lower-case words, cosine over all pairs,
 * average linkage stopped at `cut` (0.16, its best cut on this corpus).
 */
function tfidfBaseline(texts, cut) {
  const bags = texts.map((text) => {
    const bag = new Map()
    for (const word of text.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? []) bag.set(word, (bag.get(word) ?? 0) + 1)
    return bag
  })
  const df = new Map()
  for (const bag of bags) for (const word of bag.keys()) df.set(word, (df.get(word) ?? 0) + 1)
  const vectors = bags.map((bag) => {
    const vector = new Map()
    let norm = 0
    for (const [word, count] of bag) {
      const weight = (1 + Math.log(count)) * Math.log(bags.length / df.get(word))
      vector.set(word, weight)
      norm += weight * weight
    }
    norm = Math.sqrt(norm) || 1
    for (const [word, weight] of vector) vector.set(word, weight / norm)
    return vector
  })
  const n = vectors.length
  const sums = Array.from({length: n}, () => new Map())
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0
      for (const [word, weight] of vectors[i]) s += weight * (vectors[j].get(word) ?? 0)
      if (s > 0) {
        sums[i].set(j, s)
        sums[j].set(i, s)
      }
    }
  }
  const size = new Array(n).fill(1)
  const label = Array.from({length: n}, (_, i) => i)
  const alive = new Set(label)
  for (;;) {
    let best = cut
    let pair = null
    for (const a of alive) for (const [b, s] of sums[a]) if (a < b && s / (size[a] * size[b]) >= best) [best, pair] = [s / (size[a] * size[b]), [a, b]]
    if (!pair) break
    const [a, b] = pair
    for (const [c, s] of sums[b]) {
      if (c === a) continue
      const total = (sums[a].get(c) ?? 0) + s
      sums[a].set(c, total)
      sums[c].set(a, total)
      sums[c].delete(b)
    }
    sums[a].delete(b)
    alive.delete(b)
    size[a] += size[b]
    for (let i = 0; i < n; i++) if (label[i] === b) label[i] = a
  }
  return label
}
