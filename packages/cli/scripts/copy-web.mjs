#!/usr/bin/env node
// Copy the built web app into dist/web, where `corroborate serve` finds it, so the
// published CLI carries the page it serves. turbo builds @corroborate/web first
// (a devDependency of this package).
import {cpSync, existsSync, rmSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const from = fileURLToPath(new URL('../../web/dist/', import.meta.url))
const to = fileURLToPath(new URL('../dist/web/', import.meta.url))
if (!existsSync(new URL('index.html', `file://${from}`))) {
  console.error(`copy-web: no web build in ${from}; 'corroborate serve' will ask for one`)
  process.exit(0)
}
rmSync(to, {recursive: true, force: true})
cpSync(from, to, {recursive: true, filter: (source) => !source.endsWith('.map')})
