// jsdom ships no types (@types/jsdom is not installed); the tests use only its DOMParser,
// a second, standards-following DOM to check that core reads any DOM alike.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string)
    readonly window: {DOMParser: typeof DOMParser}
  }
}
