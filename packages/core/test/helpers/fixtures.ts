import {existsSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'

/** Root of the fixture folders. */
export const fixturesRoot = path.join(import.meta.dirname, '..', 'fixtures')

/** The cases of a fixture area: every input file with its name and text. */
export function fixtureCases(area: string, extension: string): Array<{name: string, file: string, input: string}> {
  const folder = path.join(fixturesRoot, area)
  return readdirSync(folder)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({name: name.slice(0, -extension.length), file: path.join(folder, name), input: readFileSync(path.join(folder, name), 'utf8')}))
}

/**
 * Compare `actual` with the JSON beside the fixture. `UPDATE_FIXTURES=1` writes it
 * anew (review the diff like code).
 */
export function expectFixture(file: string, actual: unknown): void {
  const expectedFile = file.replace(/\.[^.]+$/, '.json')
  const serialised = JSON.stringify(actual, null, 2) + '\n'
  if (process.env.UPDATE_FIXTURES || !existsSync(expectedFile)) writeFileSync(expectedFile, serialised)
  expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')))
}
