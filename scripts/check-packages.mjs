#!/usr/bin/env node
// The published packages as an adopter gets them: `npm pack` core and cli, install
// the tarballs into an empty project, then check an ESM import, `require()`, a strict
// TypeScript consumer, an esbuild browser bundle (no `node:*` import, no `eval`) and
// the `corroborate` binary; print each package's tarball size, and the install size
// and package count it brings. Needs a build first (npm run build) and the registry.
// Usage: node scripts/check-packages.mjs
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const run = (command, args, cwd) => execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']})
const scratch = mkdtempSync(path.join(tmpdir(), 'corroborate-packages-'))
let failures = 0
const check = (name, fn) => {
  try {
    const detail = fn()
    console.log(`ok    ${name}${detail ? `: ${detail}` : ''}`)
  } catch (error) {
    failures++
    console.log(`FAIL  ${name}: ${String(error.stderr || error.message).trim().split('\n').slice(0, 6).join('\n      ')}`)
  }
}

/** Bytes under a folder, and the packages (folders with a package.json under node_modules) in it. */
function installed(folder) {
  let bytes = 0
  let packages = 0
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (path.basename(dir) === 'node_modules' || path.basename(path.dirname(dir)) === 'node_modules' && dir.includes('@')) {
          try { statSync(path.join(full, 'package.json')); packages++ } catch { /* a scope folder */ }
        }
        walk(full)
      } else if (entry.isFile()) bytes += statSync(full).size
    }
  }
  walk(path.join(folder, 'node_modules'))
  return {megabytes: (bytes / 1e6).toFixed(1), packages}
}

try {
  const tarballs = {}
  for (const name of ['core', 'cli']) {
    const [info] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], path.join(root, 'packages', name)))
    tarballs[name] = path.join(scratch, info.filename)
    console.log(`@corroborate/${name}: tarball ${(info.size / 1e3).toFixed(0)} KB packed, ${(info.unpackedSize / 1e6).toFixed(1)} MB unpacked, ${info.entryCount} files`)
  }
  for (const name of ['core', 'cli']) {
    const project = path.join(scratch, `${name}-only`)
    run('mkdir', ['-p', project])
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'scratch', private: true, type: 'module'}))
    run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', tarballs[name]], project)
    const size = installed(project)
    console.log(`@corroborate/${name} installed alone: ${size.megabytes} MB, ${size.packages} package${size.packages === 1 ? "" : "s"}`)
  }
  const project = path.join(scratch, 'core-only')
  writeFileSync(path.join(project, 'use.mjs'), "import {parseArticle, findQuotes} from '@corroborate/core'\nconst article = parseArticle('Ferry talks\\n\\n\"We will sign,\" said Oren Vale.', {format: 'text'})\nconsole.log(findQuotes(article)[0].speaker.name)\n")
  writeFileSync(path.join(project, 'use.cjs'), "const {parseArticle, findQuotes} = require('@corroborate/core')\nconst article = parseArticle('Ferry talks\\n\\n\"We will sign,\" said Oren Vale.', {format: 'text'})\nconsole.log(findQuotes(article)[0].speaker.name)\n")
  writeFileSync(path.join(project, 'use.ts'), "import {compareArticles, parseArticle, type Story} from '@corroborate/core'\nconst story: Story = compareArticles([{article: parseArticle('Talks\\n\\nThe board met.', {format: 'text'})}])\nexport const files: string[] = story.articles.map((article) => article.file)\n")
  writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, skipLibCheck: false, types: []}, files: ['use.ts']}))
  check('ESM import', () => run(process.execPath, ['use.mjs'], project).trim())
  check('require()', () => run(process.execPath, ['use.cjs'], project).trim())
  check('strict TypeScript consumer', () => run(bin('tsc'), ['-p', 'tsconfig.json'], project).trim() || 'no errors')
  check('esbuild browser bundle', () => {
    run(bin('esbuild'), ['use.mjs', '--bundle', '--platform=browser', '--format=esm', '--outfile=bundle.js', '--log-level=error'], project)
    const bundle = readFileSync(path.join(project, 'bundle.js'), 'utf8')
    const nodeImports = bundle.match(/from\s*["']node:[a-z_]+["']|require\(["']node:[a-z_]+["']\)/g) ?? []
    const evals = bundle.match(/\beval\(/g) ?? []
    if (nodeImports.length || evals.length) throw new Error(`${nodeImports.length} node:* import(s), ${evals.length} eval( call(s) in the bundle`)
    return `${(bundle.length / 1e6).toFixed(2)} MB, no node:* import, no eval`
  })
  check('corroborate binary', () => run(path.join(scratch, 'cli-only', 'node_modules', '.bin', 'corroborate'), ['--version'], scratch).trim())
  for (const name of ['core', 'cli']) check(`npm publish --dry-run (${name})`, () => (run('npm', ['publish', '--dry-run', '--json'], path.join(root, 'packages', name)), 'clean'))
} finally {
  rmSync(scratch, {recursive: true, force: true})
}
process.exitCode = failures ? 1 : 0
