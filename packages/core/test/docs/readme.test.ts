import {readFileSync} from 'node:fs'
import path from 'node:path'
import {unified} from 'unified'
import {describe, expect, test} from 'vitest'
import * as core from '../../src/index.js'

const coreDir = path.join(import.meta.dirname, '..', '..')
const readme = readFileSync(path.join(coreDir, 'README.md'), 'utf8')
const index = readFileSync(path.join(coreDir, 'src', 'index.ts'), 'utf8')

/** The fenced code blocks from a README heading to the next `## ` heading, in order. */
function blocks(heading: string): Array<{lang: string, code: string}> {
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start, `README section "${heading}"`).toBeGreaterThan(-1)
  const end = readme.indexOf('\n## ', start + heading.length + 2)
  const section = readme.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, lang, code]) => ({lang: lang!, code: code!}))
}

/** Every name `src/index.ts` exports, values and types. */
function exportedNames(): string[] {
  const names = [...index.matchAll(/export (?:type )?\{([^}]*)\}/g)].flatMap(([, list]) => list!.split(','))
  return names.map((name) => name.trim().split(/\s+as\s+/).pop()!).filter(Boolean)
}

/** Run a README code block against the sources: its import lines become the function's parameters. */
async function run(code: string): Promise<string[]> {
  const modules: Record<string, Record<string, unknown>> = {'@corroborate/core': core, unified: {unified}}
  const names: string[] = []
  const values: unknown[] = []
  const body = code.replace(/^import \{([^}]*)\} from '([^']+)'\n/gm, (_line, list: string, from: string) => {
    expect(modules[from], `README imports ${from}`).toBeDefined()
    for (const name of list.split(',').map((item) => item.trim())) {
      names.push(name)
      values.push(modules[from]![name])
    }
    return ''
  })
  const printed: string[] = []
  const console = {log: (...args: unknown[]) => printed.push(args.join(' '))}
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<unknown>
  await new AsyncFunction(...names, 'console', body)(...values, console)
  return printed
}

describe('the core README', () => {
  test('names every export of src/index.ts', () => {
    const names = exportedNames()
    expect(names.length).toBeGreaterThan(100)
    expect(names.filter((name) => !new RegExp(`\`${name}\\b`).test(readme))).toEqual([])
  })

  test('gives a section only to functions that exist', () => {
    const called = [...readme.matchAll(/^#### `(\w+)\(/gm)].map(([, name]) => name!)
    expect(called.length).toBeGreaterThan(15)
    expect(called.filter((name) => typeof (core as Record<string, unknown>)[name] !== 'function')).toEqual([])
  })

  test('runs its end-to-end example, which prints what the README says', async () => {
    const [example, output] = blocks('## End-to-end example')
    expect(example!.lang).toBe('js')
    expect(output!.lang).toBe('text')
    const printed = await run(example!.code)
    expect(printed.join('\n') + '\n').toBe(output!.code)
  })

  test('runs its unified example', async () => {
    const [example] = blocks('### unified plugins')
    const code = example!.code.replace('// file.data.article', 'console.log(Object.keys(file.data).sort().join()) // file.data.article')
    expect(await run(code)).toEqual(['article,claims,entities,quotes'])
  })
})
