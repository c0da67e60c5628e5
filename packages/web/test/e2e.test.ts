import {existsSync, mkdirSync, readdirSync, readFileSync} from 'node:fs'
import path from 'node:path'
import axe from 'axe-core'
import {chromium, type Browser, type BrowserContextOptions, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {compareArticles, parseArticle} from '@corroborate/core'
import {serveDist} from './serve-dist.js'
import {findChromium, warnNoChromium} from '../../../test-support/chromium.js'

// The built app in real Chromium (Debian's, driven by playwright-core). `npm test`
// builds first; this file builds nothing.
const executablePath = findChromium() ?? ''
if (!executablePath) warnNoChromium("the web app's browser tests")
const repoRoot = path.join(import.meta.dirname, '..', '..', '..')
const dist = path.join(import.meta.dirname, '..', 'dist')
const shots = path.join(repoRoot, '.scratch', 'web')
const seeds = readdirSync(path.join(repoRoot, 'seeds')).filter((file) => file.endsWith('.txt')).sort()
const hasChromium = executablePath !== ''


describe.skipIf(!hasChromium)('web app in Chromium', () => {
  let browser: Browser
  let server: Awaited<ReturnType<typeof serveDist>>
  const pageErrors = new WeakMap<Page, string[]>()

  beforeAll(async () => {
    if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`Expected a build in ${dist}: run npm run build first`)
    server = await serveDist(dist)
    browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
    mkdirSync(shots, {recursive: true})
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  /** A fresh page on the app, with the first analysis done; page errors fail the test. */
  async function open(url = server.url, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await browser.newContext({viewport: {width: 1366, height: 900}, ...options})
    const page = await context.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // The app runs under its own strict CSP: anything it refuses is a bug.
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) errors.push(message.text())
    })
    pageErrors.set(page, errors)
    await page.goto(url)
    await ready(page)
    return page
  }

  /** Close a page, failing on any error it raised. */
  async function close(page: Page): Promise<void> {
    await page.context().close()
    expect(pageErrors.get(page)).toEqual([])
  }

  async function ready(page: Page): Promise<void> {
    await page.waitForSelector('#report[data-state="ready"]', {timeout: 30_000})
  }

  async function view(page: Page, name: string): Promise<void> {
    await page.click(`[role=tab][data-view="${name}"]`)
    await page.waitForSelector(`[role=tab][data-view="${name}"][aria-selected="true"]`)
  }

  /** Add an article through the paste form. */
  async function paste(page: Page, text: string, outlet: string, format = ''): Promise<void> {
    if (!(await page.locator('#paste').evaluate((details: HTMLDetailsElement) => details.open))) await page.click('#paste summary')
    await page.fill('#paste-text', text)
    await page.fill('#paste-outlet', outlet)
    await page.selectOption('#paste-format', format)
    await page.click('#paste-form button[type=submit]')
    await page.waitForSelector('#report[data-state="busy"]', {timeout: 5000}).catch(() => {})
    await ready(page)
  }

  test('opens on the sample story and shows its quote groups', async () => {
    const page = await open()
    await view(page, 'quotes')
    const story = compareArticles(seeds.map((file) => ({file, article: parseArticle(readFileSync(path.join(repoRoot, 'seeds', file), 'utf8'), {fileName: file})})))
    expect(story.quoteGroups.length).toBeGreaterThan(0)
    await expect.poll(() => page.locator('.article-item').count()).toBe(seeds.length)
    expect(await page.locator('.quote-group').count()).toBe(story.quoteGroups.length)
    // Every speaker the story names heads a section.
    const headings = await page.locator('.speaker > h4').allTextContents()
    for (const group of story.quoteGroups) expect(headings.some((heading) => heading.startsWith(group.speaker ?? 'Unattributed'))).toBe(true)
    await close(page)
  })

  test('a chosen file, a dropped file and a pasted article join the story', async () => {
    const page = await open()
    await page.setInputFiles('#file-input', {name: 'chosen.md', mimeType: 'text/markdown', buffer: Buffer.from(article('Chosen Times', 'bridge'))})
    await page.waitForSelector('.article-item:has-text("chosen.md")')
    await ready(page)
    await page.evaluate((text) => {
      const data = new DataTransfer()
      data.items.add(new File([text], 'dropped.txt', {type: 'text/plain'}))
      const zone = document.getElementById('drop-zone')!
      zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: data, bubbles: true, cancelable: true}))
      zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}))
    }, article('Dropped Daily', 'tunnel'))
    await page.waitForSelector('.article-item:has-text("dropped.txt")')
    await ready(page)
    await paste(page, article('Pasted Post', 'harbour'), 'Pasted Post')
    await expect.poll(() => page.locator('.article-item').count()).toBe(seeds.length + 3)
    expect(await page.locator('#status-text').textContent()).toContain(`${seeds.length + 3} articles analysed`)
    await view(page, 'articles')
    for (const outlet of ['chosen', 'dropped', 'Pasted Post']) await page.waitForSelector(`.paper-head .badge[data-outlet="${outlet}"]`)
    // The mayor's quote, carried by all three, is one quote group.
    await view(page, 'quotes')
    await page.waitForSelector('.speaker > h4:has-text("Jane Doe")')

    // A file with no article in it is named, with the reason, and the story goes on.
    await page.setInputFiles('#file-input', {name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n')})
    await page.waitForSelector('.article-item.failed:has-text("empty.txt") .error')
    await ready(page)
    await page.click('button[aria-label="Remove empty.txt"]')
    await ready(page)

    // Removing one and starting a new story.
    await page.click('button[aria-label="Remove dropped.txt"]')
    await ready(page)
    expect(await page.locator('.article-item').count()).toBe(seeds.length + 2)
    await page.click('#new-story')
    await page.waitForSelector('#report[data-state="empty"]')
    expect(await page.locator('.article-item').count()).toBe(0)
    expect(await page.locator('[data-export="json"]').isDisabled()).toBe(true)
    await close(page)
  })

  test('a Markdown article is read as Markdown: its front matter names the outlet, its marks are gone', async () => {
    // The worker loads its Markdown reader on demand (worker-parsers.ts): this is the path that loads it.
    const page = await open()
    const markdown = ['---', 'outlet: Harbour Herald', 'date: 2025-03-04', '---', '', '# Council approves **ferry** repairs', '', article('Harbour Herald', 'ferry')].join('\n')
    await page.setInputFiles('#file-input', {name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown)})
    await page.waitForSelector('.article-item:has-text("notes.md")')
    await ready(page)
    await view(page, 'articles')
    const paper = page.locator('.paper[data-file="notes.md"]')
    await paper.locator('.paper-head .badge[data-outlet="Harbour Herald"]').waitFor()
    const text = await paper.locator('.paper-body').textContent()
    expect(text).toContain('Council approves ferry repairs')
    expect(text).not.toMatch(/#|\*\*|outlet:/)
    await close(page)
  })

  test('clicking a quote shows it highlighted in its article', async () => {
    const page = await open()
    await view(page, 'quotes')
    const button = page.locator('.quote-group .quote-text').nth(1)
    const [file, start, end] = await button.evaluate((element) => [element.dataset.file, Number(element.dataset.start), Number(element.dataset.end)] as const)
    const quote = (await button.textContent())!.replace(/^“|”$/g, '')
    await button.click()
    await page.waitForSelector('[role=tab][data-view="articles"][aria-selected="true"]')
    const paper = page.locator(`.paper[data-file="${file}"]`)
    const marked = await paper.locator('.m-target').evaluateAll((elements) => elements.map((element) => element.textContent).join(''))
    expect(marked).toBe(quote)
    expect(marked.length).toBe(end - start)
    expect(await page.locator('.quote-group').count()).toBe(0)
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('m-target'))).toBe(true)
    // Scrolled into sight (smoothly, so wait for it to settle).
    await expect.poll(async () => {
      const box = await paper.locator('.m-target').first().boundingBox()
      return box !== null && box.y >= 0 && box.y + box.height <= 900
    }).toBe(true)
    await close(page)
  })

  test('the built page carries a strict Content-Security-Policy', () => {
    const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]?.replace(/&#39;/g, "'")
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("default-src 'none'")
    expect(policy).not.toContain('unsafe-inline')
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
  })

  test('an article with script and onerror markup shows as text, and nothing runs', async () => {
    // Without the CSP: the rendering itself must keep article markup inert, not the policy.
    const page = await open(server.url, {bypassCSP: true})
    const payload = 'The council met on Tuesday. <script>window.__pwned=1</script> The mayor said the plan was ready. <img src=x onerror="window.__pwned=1">'
    const outlet = '<img src=x onerror="window.__pwned=1">'
    await paste(page, payload, outlet, 'text')
    await paste(page, `<html><body><article><h1>Council meets</h1><p>The council met on Tuesday to vote.</p><script>window.__pwned=1</script><p>It approved the plan. <img src=x onerror="window.__pwned=1"></p></article></body></html>`, 'HTML outlet', 'html')
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(new File(['The board met on Friday. <script>window.__pwned=1</script>'], '<img src=x onerror=window.__pwned=1>.txt', {type: 'text/plain'}))
      document.getElementById('drop-zone')!.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}))
    })
    await page.waitForSelector('.article-item:has-text("onerror=window.__pwned=1")')
    await ready(page)
    for (const name of ['articles', 'quotes', 'facts', 'numbers', 'timeline', 'names']) {
      await view(page, name)
      expect(await page.evaluate(() => document.querySelectorAll('#panel script, #panel img, .sources img, .sources script').length)).toBe(0)
    }
    await view(page, 'articles')
    const plain = page.locator('.paper', {has: page.locator('.badge', {hasText: outlet})})
    await expect.poll(() => plain.locator('.paper-body').textContent()).toContain('<script>window.__pwned=1</script>')
    expect(await plain.locator('.paper-body').textContent()).toContain('<img src=x onerror="window.__pwned=1">')
    expect(await plain.locator('.paper-body').isVisible()).toBe(true)
    const html = page.locator('.paper', {has: page.locator('.badge', {hasText: 'HTML outlet'})})
    expect(await html.locator('.paper-body').textContent()).toContain('It approved the plan.')
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
    await close(page)
  })

  test('Markdown links, images, javascript: URLs and CSS in an article stay inert text', async () => {
    const page = await open(server.url, {bypassCSP: true})
    const markdown = '# Ferry late\n\nOlin Marsk said "the [boat](javascript:window.__pwned=1) left late ![pic](http://127.0.0.1:9/x.png)," on Friday.\n\n<style>body{display:none}</style>\n\n<a href="javascript:window.__pwned=1">tap</a> The operator said 12 passengers waited.\n'
    await paste(page, markdown, 'Markdown outlet <b>x</b>', 'markdown')
    for (const name of ['differs', 'quotes', 'facts', 'numbers', 'timeline', 'names', 'articles']) {
      await view(page, name)
      expect(await page.evaluate(() => document.querySelectorAll('#panel img, #panel style, #panel script, #panel [style*="display"], a[href^="javascript:" i]').length)).toBe(0)
    }
    const paper = page.locator('.paper', {has: page.locator('.badge', {hasText: 'Markdown outlet'})})
    expect(await paper.locator('.paper-body').textContent()).toContain('left late')
    expect(await page.locator('body').isVisible()).toBe(true)
    expect(await page.locator('.badge', {hasText: 'Markdown outlet <b>x</b>'}).count()).toBeGreaterThan(0)
    expect(await page.evaluate(() => (window as {__pwned?: unknown}).__pwned)).toBeUndefined()
    await close(page)
  })

  test('exports the report as JSON, Markdown and HTML downloads', async () => {
    const page = await open()
    await view(page, 'quotes')
    const json = await download(page, 'json')
    expect(json.name).toBe('corroborate-report.json')
    const story = JSON.parse(json.text) as {version: number, articles: unknown[], quoteGroups: unknown[]}
    expect(story.version).toBe(2)
    expect(story.articles).toHaveLength(seeds.length)
    expect(story.quoteGroups.length).toBe(await page.locator('.quote-group').count())
    const markdown = await download(page, 'markdown')
    expect(markdown.name).toBe('corroborate-report.md')
    expect(markdown.text).toMatch(/^# /m)
    const html = await download(page, 'html')
    expect(html.name).toBe('corroborate-report.html')
    expect(html.text).toMatch(/^<!doctype html>/i)
    // The articles' texts go with it, quotes marked in place.
    const first = readFileSync(path.join(repoRoot, 'seeds', seeds[0]!), 'utf8')
    const line = first.split('\n').find((candidate) => /^[\w ,.]{40,}$/.test(candidate.trim()))
    expect(line).toBeDefined()
    expect(html.text).toContain(line!.trim().slice(0, 40))
    await close(page)
  })

  test('opens on corroborate-articles.json when the server provides it', async () => {
    const articles = [
      {file: 'first.txt', text: article('First Wire', 'bridge'), outlet: 'First Wire'},
      {file: 'second.md', text: `# Bridge\n\n${article('Second Gazette', 'bridge')}`, outlet: null, format: 'markdown'}
    ]
    const served = await serveDist(dist, {'corroborate-articles.json': JSON.stringify({articles})})
    try {
      const page = await open(served.url)
      await expect.poll(() => page.locator('.article-item').count()).toBe(2)
      expect(await page.locator('.outlet-input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(['First Wire', 'second'])
    // Naming an outlet re-analyses the story under the new name.
    await page.fill('#outlet-1', 'Second Gazette')
    await page.press('#outlet-1', 'Enter')
    await view(page, 'articles')
    await page.waitForSelector('.paper-head .badge[data-outlet="Second Gazette"]')
      await close(page)
    } finally {
      await served.close()
    }
  })

  test('articles that share nothing: a warning per outlet and "nothing was compared", never agreement', async () => {
    const articles = [
      {file: 'quillmere.txt', text: 'Orchard festival returns\n\nThe apple festival in Quillmere will return on Saturday after a two-year pause, the town council said.', outlet: 'Quillmere Gazette'},
      {file: 'brackwater.txt', text: 'Ferry timetable changes\n\nThe ferry between Brackwater and Solvik will run twice a day from next month, the harbour office said.', outlet: 'Brackwater Echo'}
    ]
    const served = await serveDist(dist, {'corroborate-articles.json': JSON.stringify({articles})})
    try {
      const page = await open(served.url)
      await ready(page)
      await view(page, 'differs')
      await expect.poll(() => page.locator('.differs-view .warn').count()).toBe(2)
      const text = await page.locator('.differs-view').innerText()
      expect(text).toContain('shares no fact or quote with the other articles: it may not be on the same story.')
      expect(text).toContain('Nothing was compared: no fact or quote is carried by two outlets or more')
      expect(text).not.toContain('quillmere.txt')
      expect(text).not.toMatch(/\bagree/)
      await close(page)
    } finally {
      await served.close()
    }
  })

  test('keyboard: arrow keys move between views', async () => {
    const page = await open()
    await page.focus('[role=tab][aria-selected="true"]')
    await page.keyboard.press('ArrowRight')
    expect(await page.getAttribute('[role=tab][data-view="facts"]', 'aria-selected')).toBe('true')
    await page.keyboard.press('End')
    expect(await page.getAttribute('[role=tab][data-view="articles"]', 'aria-selected')).toBe('true')
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-view'))).toBe('articles')
    await close(page)
  })

  test('a large paste shows progress and does not move the page', async () => {
    const page = await open()
    const crews = ['north', 'south', 'east', 'west']
    const big = Array.from({length: 2000}, (_, i) => `Paragraph ${i + 1}: the council, led by Mayor Jane Doe, met on Tuesday and decided that ${i + 3} bridges in district ${i % 17} would be repaired by the ${crews[i % 4]} crew.`).join('\n\n')
    if (!(await page.locator('#paste').evaluate((details: HTMLDetailsElement) => details.open))) await page.click('#paste summary')
    // Set the value as a paste does; typing 300 KB into the field would test Chromium, not the app.
    await page.locator('#paste-text').evaluate((field: HTMLTextAreaElement, text) => {
      field.value = text
      field.dispatchEvent(new Event('input', {bubbles: true}))
    }, big)
    // Record, from inside the page, what the report looks like at every change while busy.
    await page.evaluate(() => {
      const report = document.getElementById('report')!
      const seen: Array<{state: string | undefined, progress: boolean, tabs: number}> = []
      const record = () => seen.push({state: report.dataset.state, progress: !document.getElementById('progress')!.hidden, tabs: document.getElementById('tabs')!.getBoundingClientRect().top + window.scrollY})
      new MutationObserver(record).observe(report, {attributes: true, subtree: true, childList: true, characterData: true})
      Object.assign(window, {__seen: seen})
    })
    // Where the views start on the page (not in the window: the click may scroll).
    const before = await page.evaluate(() => document.getElementById('tabs')!.getBoundingClientRect().top + window.scrollY)
    await page.click('#paste-form button[type=submit]')
    await page.waitForFunction(() => document.getElementById('report')!.dataset.state === 'ready' && document.querySelectorAll('.article-item').length > 5, null, {timeout: 30_000})
    const seen = await page.evaluate(() => (window as unknown as {__seen: Array<{state: string, progress: boolean, tabs: number}>}).__seen)
    const busy = seen.filter((entry) => entry.state === 'busy')
    expect(busy.length).toBeGreaterThan(0)
    expect(busy.every((entry) => entry.progress)).toBe(true)
    expect(new Set(seen.map((entry) => entry.tabs))).toEqual(new Set([before]))
    expect(await page.locator('#status-text').textContent()).toContain(`${seeds.length + 1} articles analysed`)
    await close(page)
  })

  test('axe finds no serious or critical accessibility violations in any view', async () => {
    // axe goes in as an inline script, which the page's CSP forbids: bypass it for this test only.
    const page = await open(server.url, {bypassCSP: true})
    await page.addScriptTag({content: axe.source})
    for (const name of ['differs', 'quotes', 'facts', 'numbers', 'timeline', 'names', 'articles']) {
      await view(page, name)
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as {axe: typeof axe}).axe.run(document, {resultTypes: ['violations']})
        return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
          .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).map((node) => node.target.join(' ')).join(', ')})`)
      })
      expect(violations, `view ${name}`).toEqual([])
    }
    await close(page)
  })

  test('screenshots of each view at desktop and phone width', async () => {
    for (const [device, viewport] of [['desktop', {width: 1366, height: 900}], ['phone', {width: 390, height: 844}]] as const) {
      const page = await open(server.url, {viewport, deviceScaleFactor: 1})
      for (const name of ['differs', 'quotes', 'facts', 'numbers', 'timeline', 'names', 'articles']) {
        await view(page, name)
        if (name === 'articles') {
          // Show a jump target: the articles view as a click on a quote leaves it.
          await view(page, 'quotes')
          await page.locator('.quote-group .quote-text').first().click()
          await page.waitForSelector('.m-target')
          await page.waitForTimeout(500)
        } else if (device === 'phone') await page.locator('#status').evaluate((element) => element.scrollIntoView())
        await page.screenshot({path: path.join(shots, `${name}-${device}.png`)})
      }
      await close(page)
    }
  })
})

/** A short article in the shape of a news report; the topic word varies. */
function article(outlet: string, topic: string): string {
  return [
    `Council approves ${topic} repairs`,
    '',
    'date 2025-03-04',
    '',
    `The city council approved 12 million dollars for ${topic} repairs on Monday, ${outlet} reports.`,
    '',
    `"We will rebuild the ${topic} by May, and we will do it safely," said Mayor Jane Doe.`,
    '',
    'Work starts next week.'
  ].join('\n')
}

async function download(page: Page, format: string): Promise<{name: string, text: string}> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)])
  const saved = await file.path()
  return {name: file.suggestedFilename(), text: readFileSync(saved, 'utf8')}
}
