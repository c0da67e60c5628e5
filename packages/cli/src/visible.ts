import {visibleControls} from '@corroborate/core'

// Control characters shown as symbols: core's, so the reports and the CLI's inputs agree.
export {visibleControls}

/**
 * A diagnostic line for stderr: `visibleControls`, and every line break but the last
 * shown as `␊`, so that a file named with a line break cannot split one file's message
 * into two lines (logs are read a line per file).
 */
export function oneLine(text: string): string {
  return visibleControls(text).replace(/\r?\n(?!$)|[\v\f]|\r(?!\n)/g, (char) => String.fromCharCode(0x2400 + char.charCodeAt(char.length - 1)))
}
