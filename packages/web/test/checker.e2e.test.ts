import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import axe from 'axe-core'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {rivertonArticles, rivertonFolder, rivertonOutlets} from './riverton-story.js'
import {serveDist} from './serve-dist.js'
import {findChromium, warnNoChromium} from '../../../test-support/chromium.js'

// What a fact-checker does with the app, in Chromium, on an invented five-outlet story
// served as `corroborate serve story.yaml` serves it: every view at desktop and phone
// width, the conflicts first, the review list kept across a reload and exported.
const executablePath = findChromium() ?? ''
if (!executablePath) warnNoChromium("the web app's checker tests")
const dist = path.join(import.meta.dirname, '..', 'dist')
const shots = '/tmp/shots'
const views = ['differs', 'facts', 'quotes', 'numbers', 'timeline', 'names', 'articles'] as const
const widths = [{name: 'desktop', width: 1280, height: 900}, {name: 'phone', width: 390, height: 844}] as const

describe.skipIf(!executablePath)('the app as a fact-checker uses it', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serveDist>>

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`Expected a build in ${dist}: run npm run build first`)
    server = await serveDist(dist, {'corroborate-articles.json': rivertonArticles()})
    browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
    mkdirSync(shots, {recursive: true})
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  async function open(viewport: {width: number, height: number} = widths[0], bypassCSP = false): Promise<Page> {
    const context = await browser.newContext({viewport, deviceScaleFactor: 1, bypassCSP, acceptDownloads: true})
    const page = await context.newPage()
    await page.goto(server.url)
    await ready(page)
    return page
  }

  async function ready(page: Page): Promise<void> {
    await page.waitForSelector('#report[data-state="ready"]', {timeout: 30_000})
  }

  async function view(page: Page, name: string): Promise<void> {
    await page.click(`[role=tab][data-view="${name}"]`)
    await page.waitForSelector(`[role=tab][data-view="${name}"][aria-selected="true"]`)
  }

  for (const viewport of widths) {
    test(`every view at ${viewport.width} px: fits, passes axe, names outlets and never a path`, async () => {
      const page = await open(viewport, true)
      await page.addScriptTag({content: axe.source})
      // What differs is the first view.
      expect(await page.getAttribute('[role=tab][aria-selected="true"]', 'data-view')).toBe('differs')
      for (const name of views) {
        await view(page, name)
        if (name === 'articles') {
          await view(page, 'differs')
          await page.locator('.conflict .jump').first().click()
          await page.waitForSelector('.aligned-view')
        }
        const wide = await page.evaluate(() => {
          const width = document.documentElement.clientWidth
          const over = [...document.querySelectorAll<HTMLElement>('body *')].filter((element) => element.getBoundingClientRect().width > width + 1)
          return {page: document.documentElement.scrollWidth - width, elements: over.slice(0, 5).map((element) => `${element.tagName}.${element.className}`)}
        })
        expect(wide, `view ${name}`).toEqual({page: 0, elements: []})
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as {axe: typeof axe}).axe.run(document, {resultTypes: ['violations']})
          return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
            .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')}`)
        })
        expect(violations, `view ${name}`).toEqual([])
        const text = await page.evaluate(() => document.body.innerText)
        expect(text, `view ${name}`).not.toContain(rivertonFolder)
        for (const outlet of rivertonOutlets) await page.waitForSelector(`#panel .badge[data-outlet="${outlet}"], #article-list input[value="${outlet}"]`, {state: 'attached'})
        if (viewport.name === 'phone') await page.locator('#status').evaluate((element) => element.scrollIntoView())
        else await page.evaluate(() => window.scrollTo(0, 0))
        await page.screenshot({path: path.join(shots, `web-${name}-${viewport.width}.png`)})
      }
      await page.context().close()
    })
  }

  test('the conflicts come first, ranked, each outlet’s sentence with the value marked', async () => {
    const page = await open()
    const conflicts = page.locator('#panel .conflict')
    expect(await conflicts.count()).toBeGreaterThanOrEqual(2)
    const confidences = await page.locator('#panel .conflict .confidence').allTextContents()
    const values = confidences.map((text) => Number.parseInt(text, 10))
    expect(values).toEqual([...values].sort((a, b) => b - a))
    // Every conflict shows one row per outlet involved, a marked value and a reason.
    for (const card of await conflicts.all()) {
      expect(await card.locator('.aligned-row').count()).toBeGreaterThanOrEqual(2)
      expect(await card.locator('.value-mark').count()).toBeGreaterThanOrEqual(2)
      expect((await card.locator('.reason').textContent())!.length).toBeGreaterThan(10)
    }
    const cost = page.locator('#panel .conflict', {hasText: '15 million'})
    expect(await cost.locator('.value-mark').allTextContents()).toContain('15 million dollars')
    // A reworded quote marks the words changed, not the whole quote.
    const wording = page.locator('#panel .conflict[data-kind="wording"]')
    expect(await wording.locator('.value-mark').allTextContents()).toContain('by June, and')
    await page.context().close()
  })

  test('a conflict’s link shows every sentence involved, aligned and marked in each article', async () => {
    const page = await open()
    const card = page.locator('#panel .conflict').first()
    const sentences = await card.locator('.aligned-row .jump').evaluateAll((buttons) => buttons.map((button) => ({file: (button as HTMLElement).dataset.file!, text: button.textContent!})))
    await card.locator('.aligned-row .jump').nth(1).click()
    await page.waitForSelector('[role=tab][data-view="articles"][aria-selected="true"]')
    expect(await page.locator('.aligned-view .aligned-row').count()).toBe(sentences.length)
    expect(await page.locator('.aligned-view .aligned-row.current').count()).toBe(1)
    for (const sentence of sentences) {
      const marked = await page.locator(`.paper[data-file="${sentence.file}"] .m-target`).evaluateAll((elements) => elements.map((element) => element.textContent).join(''))
      expect(marked).toBe(sentence.text)
    }
    await page.context().close()
  })

  test('facts show each outlet’s sentence, silent outlets, and exclusives; the timeline uses the served dates', async () => {
    const page = await open()
    await view(page, 'facts')
    const fact = page.locator('.claim-group', {hasText: 'Engineer Tomas Brill'}).first()
    await fact.locator('.outlet-sentences summary').click()
    expect(await fact.locator('.aligned-row').count()).toBe(rivertonOutlets.length)
    // How sure the grouping is, with its reason.
    expect(await fact.locator('.grouping').textContent()).toMatch(/^Grouped by what they say; the least alike two sentences \d+% similar\.$/)
    await page.waitForSelector('.exclusives .exclusive-row:has-text("Mira Castell")')
    await view(page, 'timeline')
    expect(await page.locator('.day time').first().getAttribute('datetime')).toBe('2031-04-07')
    expect(await page.locator('.timeline-view').textContent()).not.toContain('No dated events')
    await page.context().close()
  })

  test('an altered quote shows the words changed; a quote’s speaker shows on keyboard focus', async () => {
    const page = await open()
    await view(page, 'quotes')
    const altered = page.locator('.verdict-row-altered').first()
    const changes = await altered.locator('.changes li').allTextContents()
    expect(changes.join(' ')).toMatch(/May.*June|June.*May/)
    await view(page, 'articles')
    // Tab from the panel into the first article: a quote is a stop, and it names its speaker.
    const tip = page.locator('.paper-body [data-tip]').first()
    await tip.focus()
    const shown = await tip.evaluate((element) => getComputedStyle(element, '::after').content)
    expect(shown).toContain('Said by Dana Okafor')
    await page.context().close()
  })

  test('filters narrow the report by outlet, speaker and section', async () => {
    const page = await open()
    const all = await page.locator('#panel .conflict').count()
    await page.selectOption('#filter-outlet', {label: `C · ${rivertonOutlets[2]}`})
    expect(await page.locator('#panel .conflict').count()).toBeLessThanOrEqual(all)
    await view(page, 'articles')
    expect(await page.locator('.paper').count()).toBe(1)
    await page.selectOption('#filter-outlet', '')
    await view(page, 'quotes')
    await page.selectOption('#filter-speaker', 'Dana Okafor')
    expect(await page.locator('.quote-group').count()).toBeGreaterThan(0)
    await page.selectOption('#filter-speaker', '')
    await view(page, 'facts')
    await page.selectOption('#filter-section', 'exclusives')
    expect(await page.locator('[data-section="facts"]').isHidden()).toBe(true)
    expect(await page.locator('[data-section="exclusives"]').isVisible()).toBe(true)
    await page.context().close()
  })

  test('checked and dismissed survive a reload, and the CSV and JSON exports hold them with their sentences', async () => {
    const page = await open()
    const conflict = page.locator('#panel .conflict').first()
    const summary = (await conflict.locator('.conflict-summary').textContent())!
    await conflict.locator('button.review-checked').click()
    await view(page, 'facts')
    const fact = page.locator('.claim-group').first()
    await fact.locator('button.review-dismissed').click()
    await page.reload()
    await ready(page)
    expect(await page.locator('#panel .conflict').first().getAttribute('data-review')).toBe('checked')
    expect(await page.locator('#panel .conflict').first().locator('button.review-checked').getAttribute('aria-pressed')).toBe('true')
    await view(page, 'facts')
    expect(await page.locator('.claim-group').first().getAttribute('data-review')).toBe('dismissed')

    const download = async (format: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-review-export="${format}"]`)])
      return {name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8')}
    }
    const json = await download('json')
    expect(json.name).toBe('corroborate-review.json')
    const items = (JSON.parse(json.text) as {items: Array<{state: string, section: string, title: string, sentences: Array<{outlet: string, text: string}>, note?: string}>}).items
    expect(items.map((item) => item.state).sort()).toEqual(['checked', 'dismissed'])
    const checked = items.find((item) => item.state === 'checked')!
    expect(checked.title).toBe(summary)
    // The export says how sure the conflict is and why, as its card does.
    expect(checked.note).toMatch(/^\d+ % sure\. Why: ./)
    expect(checked.sentences.length).toBeGreaterThanOrEqual(2)
    expect(checked.sentences.every((sentence) => rivertonOutlets.includes(sentence.outlet) && sentence.text.length > 0)).toBe(true)
    const csv = await download('csv')
    expect(csv.name).toBe('corroborate-review.csv')
    expect(csv.text.split('\r\n')[0]).toBe('state,section,item,outlet,sentence,marked at,how sure and why')
    expect(csv.text).toContain(checked.sentences[0]!.text)
    expect(csv.text).toContain('dismissed,fact,')
    await page.context().close()
  })

  test('a running analysis can be cancelled, and the page goes on', async () => {
    const page = await open()
    const big = Array.from({length: 3000}, (_, i) => `Paragraph ${i + 1}: Mayor Dana Okafor said on Tuesday that ${i + 3} bridges in district ${i % 17} would be repaired.`).join('\n\n')
    await page.click('#paste summary')
    await page.locator('#paste-text').evaluate((field: HTMLTextAreaElement, text) => {
      field.value = text
    }, big)
    await page.click('#paste-form button[type=submit]')
    await page.waitForSelector('#cancel:not([hidden])')
    await page.click('#cancel')
    await page.waitForSelector('#report[data-state="ready"]')
    expect(await page.locator('#status-text').textContent()).toContain('cancelled')
    expect(await page.isHidden('#cancel')).toBe(true)
    // The next change analyses in a fresh worker.
    await page.click('button[aria-label="Remove pasted article"]')
    await ready(page)
    expect(await page.locator('#status-text').textContent()).toContain(`${rivertonOutlets.length} articles analysed`)
    await page.context().close()
  })
})
