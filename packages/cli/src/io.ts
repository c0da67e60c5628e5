/** Where the CLI reads and writes: the real process, or a test's buffers. */
export interface Io {
  /** Write data (the command's output). */
  stdout: (text: string) => void
  /** Resolves once stdout can take more (a big report is written piece by piece). Default: at once. */
  drain?: () => Promise<void>
  /** Write diagnostics, progress and help. */
  stderr: (text: string) => void
  /**
   * Read standard input, for the `-` argument: all of it, or stop once more than
   * `limit` bytes have come (the caller then reports it too large; memory stays bounded).
   */
  stdin: (limit: number) => Promise<Uint8Array>
  /** The working directory paths are resolved against. */
  cwd: string
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  env: Readonly<Record<string, string | undefined>>
  /** Whether stdout is a terminal (colour, tables sized to `columns`). */
  stdoutIsTTY: boolean
  /** Whether stdin is a terminal: when it is not and no file is given, stdin is read. */
  stdinIsTTY: boolean
  /** Whether stderr is a terminal (progress bar). */
  stderrIsTTY: boolean
  /** Terminal width, when known. */
  columns: number | undefined
}
