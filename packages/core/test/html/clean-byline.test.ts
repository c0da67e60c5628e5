import {describe, expect, it} from 'vitest'
import {parseArticle} from '../../src/index.js'
import {cleanByline} from '../../src/lib/html/clean-byline.js'

describe('cleanByline', () => {
  it('drops "By" and keeps the names', () => {
    expect(cleanByline('By  Dana Okafor')).toBe('Dana Okafor')
    expect(cleanByline('Ines Adler, Tomas Brenner')).toBe('Ines Adler, Tomas Brenner')
  })

  it('drops a date or time stamp printed after the name', () => {
    expect(cleanByline('By Dana Okafor\n      March 12, 2026')).toBe('Dana Okafor')
    expect(cleanByline('DANA OKAFOR April 3, 2025 9:15 AM')).toBe('DANA OKAFOR')
    expect(cleanByline('Dana Okafor | Updated 12 May 2026')).toBe('Dana Okafor')
    expect(cleanByline('Dana Okafor - 05/12/26 11:04 PM EST')).toBe('Dana Okafor')
  })

  it('splits a date the markup glued to the name', () => {
    expect(cleanByline('by Tomas Brenner14 Feb 2024')).toBe('Tomas Brenner')
  })

  it('gives no byline for a line that is only a stamp', () => {
    expect(cleanByline('Last Updated: January 7, 2025')).toBeNull()
    expect(cleanByline('By ')).toBeNull()
  })

  it('keeps names that look like date words when no date follows', () => {
    expect(cleanByline('June Almeida')).toBe('June Almeida')
    expect(cleanByline('Marta May')).toBe('Marta May')
  })
})

describe('byline read from the page', () => {
  const story = '<p>The ferry to Oldhaven will run twice a day from June, the harbour board said on Monday, after a winter of repairs to the north pier.</p><p>Tickets go on sale next week, and prices stay as they were last year.</p>'
  it('takes the name from a byline line that carries the date', () => {
    const html = `<html><head><title>Ferry returns to Oldhaven</title></head><body><article><h1>Ferry returns to Oldhaven</h1><p class="byline">By Ruth Mendel <span>March 2, 2026</span></p>${story}</article></body></html>`
    expect(parseArticle(html, {format: 'html'}).byline).toBe('Ruth Mendel')
  })
})

describe('cleanByline, glued and handle cases', () => {
  it('splits a month name glued to the name', () => {
    expect(cleanByline('Ruth MendelApril 2, 2026')).toBe('Ruth Mendel')
    expect(cleanByline('Tomas BrennerWednesday, April 1, 2026')).toBe('Tomas Brenner')
  })

  it('gives no byline for an account name with a stamp', () => {
    expect(cleanByline('editor1 - 2026-04-01')).toBeNull()
  })
})

describe('publisher as author', () => {
  const story = '<p>The ferry to Oldhaven will run twice a day from June, the harbour board said on Monday, after a winter of repairs to the north pier.</p><p>Tickets go on sale next week, and prices stay as they were last year.</p>'
  it('refuses an author that is the site name without its tagline', () => {
    const ld = '{"@context":"https://schema.org","@type":"BlogPosting","headline":"Ferry returns to Oldhaven","author":{"@type":"Person","name":"OldhavenPost"}}'
    const html = `<html><head><meta property="og:site_name" content="OldhavenPost | Harbour news every day"><script type="application/ld+json">${ld}</script></head><body><article>${story}</article></body></html>`
    expect(parseArticle(html, {format: 'html'}).byline).toBeNull()
  })

  it('refuses it also when the JSON-LD publisher is the blogging platform', () => {
    const ld = '{"@context":"https://schema.org","@type":"BlogPosting","headline":"Ferry returns to Oldhaven","publisher":{"@type":"Organization","name":"Pressbox"},"author":{"@type":"Person","name":"OldhavenPost"}}'
    const html = `<html><head><meta property="og:site_name" content="OldhavenPost | Harbour news every day"><script type="application/ld+json">${ld}</script></head><body><article>${story}</article></body></html>`
    expect(parseArticle(html, {format: 'html'}).byline).toBeNull()
  })
})
