/** Why an input cannot be used as an article. */
export type ArticleErrorCode =
  /** Nothing but whitespace. */
  | 'empty'
  /** Bytes that are not text (NUL bytes, control characters). */
  | 'binary'
  /** Bytes that are not valid UTF-8. */
  | 'invalid-utf8'
  /** Longer than `maxLength` (default 20,000,000 characters). */
  | 'too-large'
  /** HTML with no article text in it. */
  | 'no-article'
  /** JSON that does not parse. */
  | 'invalid-json'
  /** JSON that parses but is not Article-shaped; `issues` lists each problem. */
  | 'invalid-article'
  /** Input nested or repeated past what the parsers can hold (their stack or string limits). */
  | 'too-complex'

/**
 * Thrown for input that cannot be used as an article. `message` is one sentence
 * saying what was expected and what was found; `code` is stable for programs.
 */
export class ArticleError extends Error {
  override readonly name = 'ArticleError'
  readonly code: ArticleErrorCode
  /** For `invalid-article`: one entry per problem, with the JSON path. */
  readonly issues: readonly string[]

  constructor(code: ArticleErrorCode, message: string, issues: readonly string[] = []) {
    super(message)
    this.code = code
    this.issues = issues
  }
}

/**
 * Run one step of reading an article; the engine's own limits (a stack overflow in a
 * parser on input nested thousands deep, a string past the engine's length) come
 * out as an `ArticleError` with code `too-complex`, never as a raw `RangeError`.
 */
export function withinLimits<T>(step: () => T): T {
  try {
    return step()
  } catch (error) {
    if (error instanceof RangeError) {
      throw new ArticleError('too-complex', `Expected input the parsers can hold, found input nested or repeated too deeply (${error.message})`)
    }
    throw error
  }
}
