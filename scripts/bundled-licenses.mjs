// Writes dist/THIRD-PARTY-LICENSES.txt for a package whose build bundles its
// dependencies: every npm package esbuild put into the bundle (from tsup's metafile),
// with its version, license and license text, as their licenses ask of copies.
// Usage (in a package folder, after tsup with `metafile: true`): node ../../scripts/bundled-licenses.mjs
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname, join, resolve} from 'node:path'

const dist = resolve('dist')
const metafiles = readdirSync(dist).filter((name) => /^metafile-.*\.json$/.test(name))
if (metafiles.length === 0) throw new Error('No esbuild metafile in dist/: build with tsup `metafile: true` first.')

/** The folder of the package that holds `file`: the nearest package.json with a name (not a `{"type": "module"}` marker). */
function packageRoot(file) {
  for (let dir = dirname(resolve(file)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name) return dir
  }
  return null
}

const roots = new Set()
// A bundled sibling package (the CLI bundles core's dist) passes on its own list.
const inherited = new Set()
for (const name of metafiles) {
  const {inputs} = JSON.parse(readFileSync(join(dist, name), 'utf8'))
  for (const input of Object.keys(inputs)) {
    const root = packageRoot(input)
    if (!root || root === process.cwd()) continue
    if (input.includes('node_modules')) roots.add(root)
    else if (input.includes('/dist/') && existsSync(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'))) inherited.add(join(root, 'dist', 'THIRD-PARTY-LICENSES.txt'))
  }
  rmSync(join(dist, name))
}

const sections = [...roots].map((root) => {
  const meta = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const licenseFile = readdirSync(root).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name))
  const text = licenseFile ? readFileSync(join(root, licenseFile), 'utf8').trim() : `(no license file; package.json says ${meta.license ?? 'nothing'})`
  return {id: `${meta.name}@${meta.version}`, body: `${meta.name}@${meta.version} — ${meta.license ?? 'UNKNOWN'}\n\n${text}`}
}).sort((a, b) => a.id.localeCompare(b.id))

const rule = '\n\n' + '-'.repeat(72) + '\n\n'
const passedOn = [...inherited].map((file) => `Bundled with ${JSON.parse(readFileSync(join(dirname(dirname(file)), 'package.json'), 'utf8')).name}:\n\n` + readFileSync(file, 'utf8').trim())
writeFileSync(join(dist, 'THIRD-PARTY-LICENSES.txt'), [`Packages bundled into this package's dist/ files (${sections.length}):\n\n` + sections.map((section) => section.body).join(rule), ...passedOn].join(rule) + '\n')
console.log(`THIRD-PARTY-LICENSES.txt: ${sections.length} bundled packages${passedOn.length ? ` and ${passedOn.length} bundled package's own list` : ''}`)
