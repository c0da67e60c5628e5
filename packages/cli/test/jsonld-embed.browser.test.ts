import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, test} from 'vitest'
import {runCli} from './run-cli.js'
import {findChromium, warnNoChromium} from '../../../test-support/chromium.js'

const executablePath = findChromium() ?? ''
if (!executablePath) warnNoChromium('the JSON-LD embedding browser test')

// Invented articles whose quotes carry what would break out of a <script> element.
const hostile = '</script><script>window.injected = 1</script><!--'
const articles = {
  'riverton.txt': `Riverton Daily\n\nMayor Dana Okafor said the vote was close. “Do not paste ${hostile} into a page,” she said.\u2028Then she left.`,
  'tarrow.txt': `Tarrow Herald\n\nMayor Dana Okafor said the vote was close. “Do not paste ${hostile} into a page,” Okafor said.\u2029`
}

describe.skipIf(!executablePath)('JSON-LD and annotations embedded in a page', () => {
  let browser: Browser
  let folder: string

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'corroborate-embed-'))
    for (const [name, text] of Object.entries(articles)) writeFileSync(path.join(folder, name), text)
    browser = await chromium.launch({executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']})
  })

  afterAll(async () => {
    await browser?.close()
  })

  test.each(['jsonld', 'annotations'])('--format %s inside <script type="application/ld+json"> runs no article script and parses back', async (format) => {
    const {code, stdout, stderr} = runCli(['report', '--format', format, folder])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).not.toContain('</script')
    const page = await browser.newPage()
    try {
      // The output's normal use: pasted into a page as structured data.
      await page.setContent(`<!doctype html><html><head><script type="application/ld+json">${stdout}</script></head><body><p>page</p></body></html>`)
      const result = await page.evaluate(() => {
        const scripts = document.querySelectorAll('script')
        const data = scripts[0]?.textContent ?? ''
        return {injected: (window as unknown as {injected?: number}).injected ?? null, scripts: scripts.length, text: JSON.stringify(JSON.parse(data))}
      })
      expect(result.injected).toBeNull()
      expect(result.scripts).toBe(1)
      // What the JSON holds is the article's own words, unchanged once parsed.
      expect(result.text).toContain(hostile.replace(/"/g, '\\"'))
    } finally {
      await page.close()
    }
  })
})
