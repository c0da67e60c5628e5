import {Readability} from '@mozilla/readability'
import {parseHTML} from 'linkedom'
import {describe, expect, it} from 'vitest'
import {installShortcuts} from '../../src/lib/html/readability-shortcuts.js'

const story = [
  'The ferry from Marle to Varik will run twice a day from June, the harbour office said on Tuesday.',
  'Ines Adler, who runs the office, said the second boat had been repaired over the winter and passed its checks.',
  'Fares stay as they were, and the early crossing keeps its stop at the old pier for cyclists and walkers.'
].map((text) => `<p>${text} ${text}</p>`).join('\n')

const pages = [
  `<html><head><title>Ferry</title></head><body><div class="byline">By Omar Reyes</div><div>  <span> </span><br></div><article>${story}</article></body></html>`,
  `<html><body><div hidden>Hidden menu</div><div aria-hidden="true" class="fallback-image">Kept formula</div><div aria-hidden="true">Gone</div><section style="display:none">Gone too</section><div style="visibility: hidden">Also gone</div>${story}</body></html>`,
  `<html><body><a rel="author" href="/sara">Sara Lund</a><header><h2> </h2><hr></header><div class="content"><span itemprop="author"><span itemprop="name">Pavel Marek</span></span>${story}<div><![CDATA[ ]]></div></div></body></html>`
]

describe('installShortcuts', () => {
  it('leaves what Readability finds as it was', () => {
    for (const page of pages) {
      const plain = new Readability(parseHTML(page).document).parse()
      const reader = new Readability(parseHTML(page).document)
      installShortcuts(reader as unknown as Readability<Element>)
      expect(reader.parse()).toEqual(plain)
    }
  })
})
