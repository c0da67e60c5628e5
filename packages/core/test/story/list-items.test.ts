import {describe, expect, test} from 'vitest'
import {listItems} from '../../src/lib/story/list-items.js'

const items = (text: string) => listItems(text).map(({start, end}) => text.slice(start, end))

describe('items of noun-phrase lists', () => {
  test('"A, B and C": the first item keeps what the list is about', () => {
    expect(items('The auditors looked into the ferry contract, the cost of the Varik tunnel and a loan to the port.'))
      .toEqual(['The auditors looked into the ferry contract', 'the cost of the Varik tunnel', 'a loan to the port'])
  })

  test('a serial comma, and an item that asks ("whether …")', () => {
    expect(items('Sara Lund wants to hear about the grain stores, the night trains, and whether Pavel Marek signed the lease.'))
      .toEqual(['Sara Lund wants to hear about the grain stores', 'the night trains', 'whether Pavel Marek signed the lease'])
  })

  test('items that hold commas of their own, set apart by semicolons', () => {
    expect(items('The report covers the levy; a grant from Marle, the largest yet; the harbour wall; and the old mill.'))
      .toEqual(['The report covers the levy', 'a grant from Marle, the largest yet', 'the harbour wall', 'the old mill'])
  })

  test('clauses joined by commas are no list, nor are two names after an opening phrase', () => {
    expect(items('Omar Reyes resigned, Tomas Vel stayed on, and Ines Adler took the chair.')).toEqual([])
    expect(items('After the hearing, Dana Okafor and Omar Reyes left by the side door.')).toEqual([])
    expect(items('The mayor of Riverton opened the bridge on a cold morning.')).toEqual([])
  })

  test('semicolons set apart long items, clauses among them', () => {
    expect(items('The inquiry asks about the levy that the council of Marle raised twice in one year; any talks Sara Lund held with the builders of the new harbour wall; whether the mayor knew the mill had been sold; and who paid for the survey.'))
      .toEqual([
        'The inquiry asks about the levy that the council of Marle raised twice in one year',
        'any talks Sara Lund held with the builders of the new harbour wall',
        'whether the mayor knew the mill had been sold',
        'who paid for the survey'
      ])
  })

  test('a topic and a question joined by "and" are two items; a short pair is none', () => {
    expect(items('The letters ask about the budget Omar Reyes drew up for the depot and whether Dana Okafor approved the loan.'))
      .toEqual(['The letters ask about the budget Omar Reyes drew up for the depot', 'whether Dana Okafor approved the loan'])
    expect(items('Vel knew and who told him.')).toEqual([])
  })
})
