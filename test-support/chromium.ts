import {existsSync} from 'node:fs'

/**
 * The Chromium the browser tests drive: `PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH` (or
 * `CHROMIUM_PATH`) when set, else the first of the usual install paths that exists;
 * null when there is none, so the tests skip and say why.
 */
export function findChromium(): string | null {
  const given = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || process.env.CHROMIUM_PATH
  if (given) {
    if (!existsSync(given)) throw new Error(`Expected a Chromium at ${given} (PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH), found nothing`)
    return given
  }
  return usual.find((candidate) => existsSync(candidate)) ?? null
}

/** Debian/Ubuntu, Fedora, Homebrew and Chrome installs, Linux and macOS. */
const usual = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

/** Say once why browser tests are skipped. */
export function warnNoChromium(what: string): void {
  console.warn(`Skipping ${what}: no Chromium found (set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, or apt-get install chromium).`)
}
