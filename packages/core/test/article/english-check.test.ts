import {describe, expect, test} from 'vitest'
import {parseArticle} from '../../src/index.js'

const english = 'Ferry late in Tarnwick\n\nThe ferry to the island left an hour late on Friday, and the operator said it was the third delay this month. Olin Marsk, who runs the harbour office, said the crews had been told to expect more of the same.\n'
const french = 'Retard du bac à Tarnwick\n\nLe bac pour l’île est parti avec une heure de retard vendredi, et l’exploitant a déclaré que c’était le troisième retard du mois. Olin Marsk, qui dirige le bureau du port, a dit que les équipages devaient s’attendre à pire.\n'

describe('not-english', () => {
  test('an article in another language carries a not-english warning; English does not', () => {
    expect(parseArticle(french).messages.map((m) => m.ruleId)).toContain('not-english')
    expect(parseArticle(english).messages.map((m) => m.ruleId)).not.toContain('not-english')
  })

  test('a declared English article and a text too short to judge are left alone', () => {
    expect(parseArticle(french, {metadata: {language: 'en-GB'}}).messages).toEqual([])
    expect(parseArticle('Retard du bac\n\nLe bac est parti en retard vendredi.\n').messages).toEqual([])
  })
})
