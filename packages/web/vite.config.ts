import {defineConfig} from 'vite'

// Resolve @corroborate/core to its TypeScript sources (the `source` condition), so
// the app always runs on the core in this checkout, and the build proves core is
// isomorphic (a `node:*` import fails it).
export default defineConfig({
  resolve: {conditions: ['source', 'module', 'browser', 'development|production']},
  build: {target: 'es2022', sourcemap: true}
})
