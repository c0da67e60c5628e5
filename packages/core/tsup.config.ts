import {readFile} from 'node:fs/promises'
import {defineConfig} from 'tsup'
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

// Core's dependencies are bundled into dist/index.js: importing the library then reads
// one file instead of resolving some 700 small modules (the unified, micromark and
// linkedom ecosystems), which took about 0.5 s. The bundle stays platform-neutral
// (no `node:*`), so browsers and bundlers load the same file. Only the packages whose
// types the declarations name (nlcst, unified) remain dependencies.
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: false,
  metafile: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  noExternal: [/.*/],
  esbuildPlugins: [noEval],
  esbuildOptions(options) {
    options.mainFields = ['module', 'main']
    options.conditions = ['import', 'module', 'default']
  }
})
