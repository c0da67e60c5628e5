import {existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {repoRoot, runCli} from './run-cli.js'

// Debian's chromium, as in CI; no browser download.
const executablePath = '/usr/bin/chromium'
const haveChromium = existsSync(executablePath)
if (!haveChromium) console.warn(`Skipping the HTML report browser test: ${executablePath} not found (CI installs it).`)

interface AxeResult {
  violations: Array<{id: string, impact: string | null, help: string, nodes: Array<{target: unknown[]}>}>
}

describe.skipIf(!haveChromium)('the HTML report in Chromium', () => {
  let browser: Browser
  let file: string

  beforeAll(async () => {
    const {code, stdout, stderr} = runCli(['report', '--format', 'html', 'seeds'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    file = path.join(mkdtempSync(path.join(tmpdir(), 'corroborate-report-')), 'report.html')
    writeFileSync(file, stdout)
    browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  })

  afterAll(async () => {
    await browser?.close()
  })

  test('opens offline: no console errors, no request but the file itself', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(file).href, {waitUntil: 'load'})
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(file).href])
    await page.close()
  })

  test('no serious or critical accessibility violations (axe), at desktop and phone width', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    for (const viewport of [{width: 1280, height: 900}, {width: 390, height: 844}]) {
      // The page's CSP allows no scripts: bypass it to inject the checker, in the test only.
      const page = await browser.newPage({viewport, bypassCSP: true})
      await page.goto(pathToFileURL(file).href)
      await page.addScriptTag({content: axe})
      const result = await page.evaluate(async () => (window as unknown as {axe: {run: (context: Document) => Promise<unknown>}}).axe.run(document)) as AxeResult
      const serious = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))})`), `at ${viewport.width}px`).toEqual([])
      // Nothing wider than the screen except inside the scrolling table boxes.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
      expect(overflow, `at ${viewport.width}px`).toBeLessThanOrEqual(0)
      await page.close()
    }
  })

  test('a full-page screenshot for review (.scratch/report.png)', async () => {
    const page = await browser.newPage({viewport: {width: 1280, height: 900}})
    await page.goto(pathToFileURL(file).href)
    const scratch = path.join(repoRoot, '.scratch')
    mkdirSync(scratch, {recursive: true})
    await page.screenshot({path: path.join(scratch, 'report.png'), fullPage: true})
    await page.close()
  })
})
