import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'
import {findChromium, warnNoChromium} from '../../../test-support/chromium.js'

// Debian's chromium, as in CI; no browser download.
const executablePath = findChromium() ?? ''
if (!executablePath) warnNoChromium('the HTML report browser test')
const haveChromium = executablePath !== ''

/** Screenshots for review, outside the repository. */
const shots = path.join(tmpdir(), 'shots')
const viewports = [{width: 1280, height: 900}, {width: 390, height: 844}]

interface AxeResult {
  violations: Array<{id: string, impact: string | null, help: string, nodes: Array<{target: unknown[]}>}>
}

// The sample (five outlets named by file) and an invented story whose manifest names three outlets.
const stories = {
  seeds: ['seeds'],
  manifest: [path.join('packages', 'cli', 'test', 'fixtures', 'riverton-bridge', 'story.yaml')]
}

describe.skipIf(!haveChromium)('the HTML report in Chromium', () => {
  let browser: Browser
  const files: Record<string, string> = {}

  beforeAll(async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'corroborate-report-'))
    for (const [name, args] of Object.entries(stories)) {
      const {code, stdout, stderr} = runCli(['report', '--format', 'html', ...args])
      expect(stderr).toBe('')
      expect(code).toBe(0)
      files[name] = path.join(folder, `${name}.html`)
      writeFileSync(files[name], stdout)
    }
    browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  })

  afterAll(async () => {
    await browser?.close()
  })

  async function open(name: string, viewport: {width: number, height: number}, bypassCSP = false): Promise<Page> {
    const page = await browser.newPage({viewport, bypassCSP})
    await page.goto(pathToFileURL(files[name]!).href, {waitUntil: 'load'})
    return page
  }

  test('opens offline: no console errors, no request but the file itself', async () => {
    const page = await browser.newPage()
    const errors: string[] = []
    const requests: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => requests.push(request.url()))
    await page.goto(pathToFileURL(files.seeds!).href, {waitUntil: 'load'})
    expect(errors).toEqual([])
    expect(requests).toEqual([pathToFileURL(files.seeds!).href])
    await page.close()
  })

  const cases = Object.keys(stories).flatMap((name) => viewports.map((viewport) => ({name, viewport})))
  // axe on a long page takes a while on a busy machine: a generous limit, not a timing check.
  test.each(cases)('$name at $viewport.width px: no element wider than the screen, no serious or critical accessibility violations (axe)', async ({name, viewport}) => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
    mkdirSync(shots, {recursive: true})
    const where = `${name} at ${viewport.width}px`
    // The page's CSP allows no scripts: bypass it to inject the checker, in the test only.
    const page = await open(name, viewport, true)
    // Open every fact, so that what it holds is measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.setAttribute('open', '')))
    const wide = await page.evaluate(() => {
      const width = document.documentElement.clientWidth
      return Array.from(document.querySelectorAll('body *')).filter((element) => {
        const box = element.getBoundingClientRect()
        return box.width > 0 && (box.right > width + 1 || box.left < -1) && !element.closest('.vh, .skip')
      }).map((element) => `${element.tagName.toLowerCase()}.${element.className}`).slice(0, 5)
    })
    expect(wide, where).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), where).toBeLessThanOrEqual(0)
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => details.removeAttribute('open')))
    await page.screenshot({path: path.join(shots, `report-${name}-${viewport.width}.png`)})
    await page.addScriptTag({content: axe})
    const result = await page.evaluate(async () => (window as unknown as {axe: {run: (context: Document) => Promise<unknown>}}).axe.run(document)) as AxeResult
    const serious = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))})`), where).toEqual([])
    await page.close()
  }, 180_000)

  test('a conflict shows every sentence involved, each on screen, the changed words marked; its links reach the article', async () => {
    for (const viewport of viewports) {
      const page = await open('manifest', viewport)
      await page.click('nav a[href="#conflicts"]')
      const card = page.locator('#conflicts li.card').first()
      const rows = card.locator('ul.aligned > li')
      expect(await rows.count()).toBe(3)
      for (let i = 0; i < 3; i++) {
        const row = rows.nth(i)
        await row.scrollIntoViewIfNeeded()
        expect(await row.isVisible()).toBe(true)
        const box = (await row.locator('.said').boundingBox())!
        expect(box.x).toBeGreaterThanOrEqual(0)
        expect(box.x + box.width).toBeLessThanOrEqual(viewport.width)
        expect((await row.locator('.said').innerText()).length).toBeGreaterThan(40)
      }
      expect(await card.locator('.badge .name').allInnerTexts()).toEqual(expect.arrayContaining(['Valley Post', 'Riverton Courier', 'Lakeside News']))
      expect(await page.locator('#conflicts mark.changed').count()).toBeGreaterThan(0)
      await card.locator('a.jump').first().click()
      const target = page.locator('mark:target')
      expect(await target.count()).toBe(1)
      expect(await target.isVisible()).toBe(true)
      await page.close()
    }
  })
})
