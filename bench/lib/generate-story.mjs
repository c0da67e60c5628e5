// Stories of any size generated from real articles, for benchmarks: eight PolNeAR
// articles on one topic are the "event", and each story article re-mixes them
// (paragraphs drawn from several, shuffled, sentences dropped, words swapped for
// synonyms, quote marks and name spellings varied), so quotes and facts recur across
// outlets with wording changes the way syndicated and rewritten coverage does.
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
/** PolNeAR train, unless `--data FILE` is given. */
export const defaultData = path.join(here, '..', '..', '..', 'shared', 'data', 'polnear', 'train.jsonl')

/** A generator of `count` articles ({file, text}), the same for the same data and seed; `.paragraphs` holds the source paragraphs. */
export function storyGenerator(data = defaultData, seed = 7) {
  const seen = new Set()
  const records = fs.readFileSync(data, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line))
    .filter((record) => (seen.has(record.filename) ? false : seen.add(record.filename)))
  const names = frequentNames(records)
  // One topic: the articles naming both of the data's two most-named capitalised words.
  const topic = records.filter((record) => names.slice(0, 2).every((name) => record.text.includes(name))).slice(0, 8)
  // A spelling variant for the naming pass: a frequent name with a doubled letter, written with one.
  const doubled = names.find((name) => /(\p{Ll})\1/u.test(name))
  const paragraphs = topic.flatMap((record) => record.text.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length > 12))
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32)
  const synonyms = [['said', 'stated'], ['told', 'informed'], ['big', 'large'], ['said on', 'said during'], ['campaign', 'bid'], ['voters', 'electors'], ['Republican', 'GOP']]
  const marks = [['“', '”'], ['"', '"'], ['‘', '’']]
  function generate(count) {
    const inputs = []
    for (let n = 0; n < count; n++) {
      const picked = []
      const size = 6 + Math.floor(random() * 8)
      for (let i = 0; i < size; i++) picked.push(paragraphs[Math.floor(random() * paragraphs.length)])
      let text = picked.map((p) => p.split(/(?<=[.!?][”"]?)\s+/).filter(() => random() > 0.15).join(' ')).filter(Boolean).join('\n\n')
      for (const [a, b] of synonyms) if (random() < 0.4) text = text.replaceAll(` ${a} `, ` ${b} `)
      const [open, close] = marks[Math.floor(random() * marks.length)]
      text = text.replace(/[“"]([^“”"\n]{3,400})[”"]/g, `${open}$1${close}`)
      if (doubled && random() < 0.5) text = text.replaceAll(doubled, doubled.replace(/(\p{Ll})\1/u, '$1'))
      inputs.push({file: `article-${String(n).padStart(4, '0')}.txt`, text: `Outlet ${n} report.\n\n${text}\n`})
    }
    return inputs
  }
  generate.paragraphs = paragraphs
  return generate
}

/** Capitalised words of five letters or more, by how many records use them, most first (the first eight). */
function frequentNames(records) {
  const counts = new Map()
  for (const record of records) for (const word of new Set(record.text.match(/\b\p{Lu}\p{Ll}{4,}\b/gu) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([word]) => word)
}
