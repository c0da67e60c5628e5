/**
 * The worker's handle on core's article readers that its bundle loads on demand
 * (worker-parsers.ts): a no-op where every parser is bundled (the page, the dev server).
 */
declare module 'virtual:corroborate-parsers' {
  /** Load the Markdown reader; call before parsing the first Markdown article. */
  export function loadMarkdownParser(): Promise<void>
}
