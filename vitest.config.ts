import {defineConfig} from 'vitest/config'

// One config for the whole repo. The `@corroborate/source` condition makes sibling packages
// resolve to their TypeScript sources, so unit tests need no build step; the CLI
// tests that run the real binary need `npm run build` first (`npm test` does it).
export default defineConfig({
  resolve: {conditions: ['@corroborate/source', 'module', 'browser', 'development|production']},
  ssr: {resolve: {conditions: ['@corroborate/source', 'module', 'node', 'development|production']}},
  test: {
    include: ['packages/*/test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks'
  }
})
