import {mkdir, readFile, writeFile} from 'node:fs/promises'
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

// Core's dependencies are bundled into dist/index.js: importing the library then reads
// one file instead of resolving some 700 small modules (the unified, micromark and
// linkedom ecosystems), which took about 0.5 s. The bundle stays platform-neutral
// (no `node:*`), so any runtime or bundler can load it. Only the packages whose
// types the declarations name (nlcst, unified) remain dependencies.
const shared = {
  format: ['esm'],
  sourcemap: false,
  metafile: true,
  target: 'es2022',
  noExternal: [/.*/],
  esbuildPlugins: [noEval]
} satisfies Options

export default defineConfig([
  {
    ...shared,
    entry: ['src/index.ts'],
    dts: true,
    clean: true,
    platform: 'neutral',
    esbuildOptions(options) {
      options.mainFields = ['module', 'main']
      options.conditions = ['import', 'module', 'default']
    }
  },
  // dist/browser.js, the `browser` export: HTML is read with the platform's DOMParser
  // (`#html-dom` resolves to dom-platform.ts), so no second DOM (linkedom, some 300 KB)
  // and no `eval` ship to browsers. `worker` before `browser`: the same file runs in Web
  // Workers, which have no `document` for the DOM-based builds some packages offer
  // browsers (decode-named-character-reference).
  {
    ...shared,
    entry: {browser: 'src/index.ts'},
    dts: false,
    clean: false,
    metafile: false,
    platform: 'browser',
    esbuildPlugins: [noEval, browserMetafile],
    esbuildOptions(options) {
      options.mainFields = ['module', 'main']
      options.conditions = ['worker', 'browser', 'import', 'module', 'default']
    }
  }
])
