import {defineConfig} from 'tsup'

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
  esbuildOptions(options) {
    options.mainFields = ['module', 'main']
    options.conditions = ['import', 'module', 'default']
  }
})
