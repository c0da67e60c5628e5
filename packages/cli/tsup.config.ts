import {defineConfig} from 'tsup'

// Dependencies are bundled into the CLI's files: each worker thread then loads one
// file instead of resolving some hundreds of small modules (the unified and
// micromark ecosystems), which took ~0.4 s per worker and ate the pool's speed-up.
// CommonJS dependencies inside get a `require` from the banner. Being bundled, they are
// devDependencies: installing the CLI fetches nothing it never loads. No source maps:
// they were 4 MB of the tarball for a bundle of other projects' code.
export default defineConfig({
  entry: ['src/bin.ts', 'src/main.ts', 'src/worker.ts'],
  format: ['esm'],
  dts: {entry: 'src/main.ts'},
  sourcemap: false,
  metafile: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  noExternal: [/.*/],
  banner: {js: "import {createRequire as __corroborateRequire} from 'node:module'; const require = __corroborateRequire(import.meta.url);"}
})
