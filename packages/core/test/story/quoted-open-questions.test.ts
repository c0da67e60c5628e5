import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

/** A sentence both articles share, so that they are on one story. */
const shared = ' The Marle housing office opened its inspection of rented flats in March after a fire on Kell Street.'

const stances = (files: Record<string, string>) => story(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, text + shared]))).conflicts.filter((conflict) => conflict.kind === 'stance')

describe('stance: an open question a quoted source puts', () => {
  test('a source wants details on whether the count holds; another outlet states it', () => {
    const found = stances({
      'a.txt': 'Inspectors in Marle have been copying the files of thousands of tenants since spring.',
      'b.txt': '“We want more details about the inspections, and specifically whether they cover the files of thousands of tenants,” Ines Adler said on Monday.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
    expect(found[0]!.confidence).toBeGreaterThanOrEqual(0.5)
    expect(found[0]!.confidence).toBeLessThanOrEqual(0.6)
    expect(found[0]!.reason).toMatch(/source another outlet quotes/)
  })

  test('a quoted inquiry ("I asked whether") is no open question, nor is a reporter\'s request for details', () => {
    expect(stances({
      'a.txt': 'Inspectors in Marle have been copying the files of thousands of tenants since spring.',
      'b.txt': '“I asked whether they cover the files of thousands of tenants,” Ines Adler said on Monday.'
    })).toHaveLength(0)
    expect(stances({
      'a.txt': 'Inspectors in Marle have been copying the files of thousands of tenants since spring.',
      'b.txt': 'Tenant groups in Marle sought more details about the inspections, and specifically whether they cover the files of thousands of tenants.'
    })).toHaveLength(0)
  })

  test('without the number, two shared words do not align the question', () => {
    expect(stances({
      'a.txt': 'Inspectors in Marle have been copying the files of tenants since spring.',
      'b.txt': '“We want more details about the inspections, and specifically whether they cover the files of tenants,” Ines Adler said on Monday.'
    })).toHaveLength(0)
  })
})
