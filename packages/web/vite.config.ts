import {defineConfig, type Plugin} from 'vite'
import {bundledParsers, workerParsers} from './worker-parsers.js'

/**
 * A strict Content-Security-Policy for the built page: scripts, workers and styles
 * from the app's own files only, no inline script, no plugins, no other origin.
 * Added at build time only: the dev server injects inline styles for hot reload.
 */
const contentSecurityPolicy: Plugin = {
  name: 'corroborate-csp',
  apply: 'build',
  transformIndexHtml: () => [{
    tag: 'meta',
    attrs: {
      'http-equiv': 'Content-Security-Policy',
      content: "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'"
    },
    injectTo: 'head-prepend'
  }]
}

/**
 * The page's own code (start-app.ts and what it imports) fetched and compiled from the
 * start, beside the first module: main.ts imports it only once the analysis worker
 * runs, and would otherwise only then begin to download it. The first module is async.
 */
const preloadPageCode: Plugin = {
  name: 'corroborate-preload-page-code',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const chunk = Object.values(context.bundle ?? {}).find((item) => item.type === 'chunk' && item.name === 'start-app')
      if (!chunk) throw new Error('Expected a start-app chunk to preload: update vite.config.ts')
      // The first module runs as soon as it is in (async), not after the document and its style sheet: it only starts the worker.
      const entry = html.replace(/<script type="module" crossorigin src=/, '<script type="module" async crossorigin src=')
      if (entry === html) throw new Error('Expected the entry <script type="module" crossorigin src=…> in index.html: update vite.config.ts')
      // The worker's analysis chunk (and its first module) is fetched by the worker only once it runs; asked for
      // here, it downloads while the page parses and starts the worker, and the worker's request finds it in the
      // HTTP cache. A prefetch, not a modulepreload: the page's module map is not the worker's, and a prefetched
      // response is kept for the next request for a few minutes whatever the host's caching headers say.
      const workerFiles = Object.keys(context.bundle ?? {}).filter((file) => /(?:^|\/)(?:analyze\.worker|worker-analysis)-[\w-]+\.js$/.test(file))
      if (workerFiles.length !== 2) throw new Error(`Expected the worker's two chunks to prefetch, found ${workerFiles.join(', ') || 'none'}: update vite.config.ts`)
      const prefetches = workerFiles.map((file) => ({tag: 'link', attrs: {rel: 'prefetch', crossorigin: true, href: `./${file}`}, injectTo: 'head' as const}))
      return {html: entry, tags: [{tag: 'link', attrs: {rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}`}, injectTo: 'head'}, ...prefetches]}
    }
  }
}

// Resolve @corroborate/core to its TypeScript sources (the `@corroborate/source` condition, private to this repository: the published packages bundle their dependencies, so their sources would not resolve elsewhere), so
// the app always runs on the core in this checkout, and the build proves core is
// isomorphic (a `node:*` import fails it). `worker` comes before `browser`: the
// analysis runs in a Web Worker, which has no `document`, and some packages
// (decode-named-character-reference) give browsers a DOM-based build.
export default defineConfig({
  // Relative URLs: `dist/` works from any path (`corroborate serve`, a file share, a sub-folder).
  base: './',
  plugins: [contentSecurityPolicy, preloadPageCode, bundledParsers()],
  resolve: {conditions: ['@corroborate/source', 'module', 'worker', 'browser', 'development|production']},
  // The worker's bundle leaves out the HTML reader and loads the Markdown one on demand (worker-parsers.ts).
  worker: {format: 'es', plugins: () => [workerParsers()]},
  build: {target: 'es2022', sourcemap: true}
})
