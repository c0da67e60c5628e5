import {describe, expect, test} from 'vitest'
import {reported} from './helpers-indirect.js'

describe('a dummy "it" before a raising verb', () => {
  test('"it seems" without "that" reports what follows the verb', () => {
    expect(reported('It seems the wardens of Holmfirth keep too many skiffs.'))
      .toEqual([{text: 'the wardens of Holmfirth keep too many skiffs', cue: 'seems', speaker: null}])
    expect(reported('It seems ever more likely that Pell Varrow will chair the guild.'))
      .toEqual([{text: 'ever more likely that Pell Varrow will chair the guild', cue: 'seems', speaker: null}])
  })

  test('"it seems to" and "it appeared on" report nothing', () => {
    expect(reported('It seems to matter little to the Holmfirth wardens.')).toEqual([])
    expect(reported('It appeared on the guild noticeboard at noon.')).toEqual([])
  })
})
