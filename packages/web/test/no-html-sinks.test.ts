import {readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {expect, test} from 'vitest'

// Article text reaches the page only as text nodes. These are the DOM calls that
// would parse a string as markup; none may appear in the app's sources.
const sinks = /\b(?:innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|srcdoc)\b|document\.write/

test('the web app never parses strings as HTML', () => {
  const source = path.join(import.meta.dirname, '..', 'src')
  const files = readdirSync(source, {recursive: true, encoding: 'utf8'}).filter((file) => /\.(?:ts|js)$/.test(file))
  expect(files.length).toBeGreaterThan(5)
  const found = files.flatMap((file) => readFileSync(path.join(source, file), 'utf8').split('\n')
    .map((line, index) => (sinks.test(line) ? `${file}:${index + 1}: ${line.trim()}` : null))
    .filter((hit): hit is string => hit !== null))
  expect(found).toEqual([])
})
