import {mkdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {defineConfig, type Options} from 'tsup'
import type {Plugin} from 'esbuild'

// linkedom's CSS object model (@acemir/cssom) looks up error constructors with
// `eval(name)` as a last resort; a strict Content-Security-Policy rejects any bundle
// that carries it. `globalThis[name]` finds the same global constructors.
const noEval: Plugin = {
  name: 'no-eval',
  setup(build) {
    build.onLoad({filter: /[\\/]@acemir[\\/]cssom[\\/]lib[\\/]errorUtils\.js$/}, async (args) => {
      const source = await readFile(args.path, 'utf8')
      if (!source.includes('eval(errorType)')) throw new Error(`${args.path}: expected \`eval(errorType)\` to replace; check the no-eval plugin`)
      return {contents: source.replace('eval(errorType)', 'globalThis[errorType]'), loader: 'js'}
    })
  }
}

// A JSON module (the given-name lists) as a string that JSON.parse reads: V8 compiles
// and runs a JSON string several times faster than the same data as an array literal.
const jsonAsString: Plugin = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({filter: /\.json$/}, async (args) => {
      const text = JSON.stringify(JSON.parse(await readFile(args.path, 'utf8')))
      return {contents: `export default JSON.parse(${JSON.stringify(text)})`, loader: 'js'}
    })
  }
}

// tsup names its metafile by format, so two ESM builds would overwrite each other's;
// the browser build writes its own, for the bundled-licenses list.
const browserMetafile: Plugin = {
  name: 'browser-metafile',
  setup(build) {
    build.initialOptions.metafile = true
    build.onEnd(async (result) => {
      if (!result.metafile) return
      await mkdir('dist', {recursive: true})
      await writeFile('dist/metafile-browser.json', JSON.stringify(result.metafile))
    })
  }
}

// Node loads the HTML and Markdown parsers, Readability and chrono-node (dates) the
// first time they are needed: importing the library then reads and compiles about half
// as much code. Each is a CommonJS file of its own (dist/html-dom.cjs, dist/markdown.cjs,
// dist/readability.cjs, dist/dates.cjs), which Node loads
// synchronously, so parseArticle stays synchronous. In dist/index.js each of these
// modules is a stub whose functions call the parser's; after the build the
// placeholder in the stub becomes a `createRequire` of the file beside dist/index.js,
// and, when that file is not there because dist/index.js was bundled into another
// program (the CLI), a plain `require` of it, which that bundler has resolved and
// bundled (the parser then sits inside the CLI's bundle, still evaluated on first use).
const lazyModules = [
  {file: 'html-dom', source: 'src/lib/html/dom-linkedom.ts', exports: ['parseHtml']},
  {file: 'markdown', source: 'src/lib/article/parse-markdown.ts', exports: ['parseMarkdownBlocks']},
  {file: 'readability', source: 'src/lib/html/readability.ts', exports: ['readabilityArticle']},
  {file: 'dates', source: 'src/lib/claims/casual-dates.ts', exports: ['parseCasualDates']}
]
const placeholder = (file: string) => `__corroborateLazy(${JSON.stringify(file)})`
const lazyParsers: Plugin = {
  name: 'lazy-parsers',
  setup(build) {
    const stubs = new Map(lazyModules.map((lazy) => [path.resolve(lazy.source), lazy]))
    build.onLoad({filter: /\.ts$/}, (args) => {
      const lazy = stubs.get(path.resolve(args.path))
      if (!lazy) return undefined
      const call = placeholder(lazy.file)
      const functions = lazy.exports.map((name) => `export function ${name}(...args) { return load().${name}(...args) }`)
      return {loader: 'js', contents: [`let loaded`, `function load() { return loaded ??= ${call} }`, ...functions].join('\n')}
    })
  }
}
async function linkLazyParsers(): Promise<void> {
  let code = await readFile('dist/index.js', 'utf8')
  for (const lazy of lazyModules) {
    const call = placeholder(lazy.file)
    if (!code.includes(call)) throw new Error(`dist/index.js: expected ${call}; check the lazy-parsers plugin`)
    const file = JSON.stringify(`./${lazy.file}.cjs`)
    code = code.replaceAll(call, `(() => { try { return __corroborateCreateRequire(import.meta.url)(${file}) } catch (error) { if (error?.code !== "MODULE_NOT_FOUND" || typeof require !== "function") throw error; return require(${file}) } })()`)
  }
  await writeFile('dist/index.js', `import {createRequire as __corroborateCreateRequire} from "node:module";\n${code}`)
}

// Core's dependencies are bundled into dist/: importing the library then reads a few
// files instead of resolving some 700 small modules (the unified, micromark and
// linkedom ecosystems), which took about 0.5 s. Only the packages whose types the
// declarations name (nlcst, unified) remain dependencies.
const shared = {
  sourcemap: false,
  metafile: true,
  target: 'es2022',
  noExternal: [/.*/],
  esbuildPlugins: [noEval, jsonAsString]
} satisfies Options

export default defineConfig([
  // dist/index.js, for Node (and Deno, Bun): the parsers load on first use. Whitespace
  // minified (names kept, for stack traces): Node compiles less text. Not syntax: esbuild's
  // syntax minifying made compareArticles about 40% slower on 1,000 articles (bench/story.mjs).
  {
    ...shared,
    minifyWhitespace: true,
    entry: ['src/index.ts'],
    format: ['esm'],
    dts: true,
    clean: true,
    platform: 'neutral',
    esbuildPlugins: [noEval, jsonAsString, lazyParsers],
    esbuildOptions(options) {
      options.mainFields = ['module', 'main']
      options.conditions = ['import', 'module', 'default']
    },
    onSuccess: linkLazyParsers
  },
  // The parsers dist/index.js loads on first use.
  {
    ...shared,
    minifyWhitespace: true,
    entry: Object.fromEntries(lazyModules.map((lazy) => [lazy.file, lazy.source])),
    format: ['cjs'],
    outExtension: () => ({js: '.cjs'}),
    dts: false,
    clean: false,
    platform: 'node',
    esbuildOptions(options) {
      options.mainFields = ['module', 'main']
      options.conditions = ['import', 'module', 'default']
    }
  },
  // dist/browser.js, the `browser` export: HTML is read with the platform's DOMParser
  // (`#html-dom` resolves to dom-platform.ts), so no second DOM (linkedom, some 300 KB)
  // and no `eval` ship to browsers; the Markdown parser is bundled in (a browser cannot
  // load a module synchronously). `worker` before `browser`: the same file runs in Web
  // Workers, which have no `document` for the DOM-based builds some packages offer
  // browsers (decode-named-character-reference).
  {
    ...shared,
    entry: {browser: 'src/index.ts'},
    format: ['esm'],
    dts: false,
    clean: false,
    metafile: false,
    platform: 'browser',
    esbuildPlugins: [noEval, jsonAsString, browserMetafile],
    esbuildOptions(options) {
      options.mainFields = ['module', 'main']
      options.conditions = ['worker', 'browser', 'import', 'module', 'default']
    }
  }
])
