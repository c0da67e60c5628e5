import {defineConfig} from 'vitest/config'

// One config for the whole repo. The `@corroborate/source` condition makes sibling packages
// resolve to their TypeScript sources, so unit tests need no build step; the CLI
// tests that run the real binary need `npm run build` first (`npm test` does it).
export default defineConfig({
  resolve: {conditions: ['@corroborate/source', 'module', 'browser', 'development|production']},
  ssr: {resolve: {conditions: ['@corroborate/source', 'module', 'node', 'development|production']}},
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: a single worker on a 2-core
    // machine, while the CLI and browser tests mostly wait on the processes they start.
    maxWorkers: 2,
    projects: [
      {
        // Core's tests are pure functions over invented articles: they share one module
        // graph per worker instead of loading core's sources again for every file (the
        // import was most of their time). A test that changes process state (TZ) puts it back.
        extends: true,
        test: {name: 'core', include: ['packages/core/test/**/*.test.ts'], isolate: false}
      },
      {
        // The CLI and web tests run the built binary and Chromium: isolated, as before.
        extends: true,
        test: {name: 'cli-web', include: ['packages/cli/test/**/*.test.ts', 'packages/web/test/**/*.test.ts']}
      }
    ]
  }
})
