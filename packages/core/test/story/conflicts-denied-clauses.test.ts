import {describe, expect, test} from 'vitest'
import {story} from './helpers-story.js'

// A shared first line puts the articles on one story: an article that shares nothing with the others raises no conflict.
const shared = 'The Kestrel Bay harbour board lost a dredging contract worth 30 million last spring, auditors found.\n'
const denials = (files: Record<string, string>) => story(Object.fromEntries(Object.entries(files).map(([file, text]) => [file, shared + text])))
  .conflicts.filter((c) => c.kind === 'stance' && /reports denied/.test(c.reason))

describe('one outlet states what another reports someone denying', () => {
  test('"X denied leaking the tender papers" against the outlet\'s own "X leaked the tender papers"', () => {
    const found = denials({
      'a.txt': 'Harbour master Tobias Renwick leaked the sealed tender papers to a rival dredging firm in February.',
      'b.txt': 'Renwick has denied leaking the sealed tender papers to any dredging firm.'
    })
    expect(found).toHaveLength(1)
    expect(found[0]!.members.map((m) => m.file).sort()).toEqual(['a.txt', 'b.txt'])
  })

  test('"denied that they …" opens a denied clause too', () => {
    expect(denials({
      'a.txt': 'The two board members shared the sealed tender papers with a rival dredging firm.',
      'b.txt': 'The two board members denied that they shared the sealed tender papers with anyone.'
    })).toHaveLength(1)
  })

  test('a denial of something else raises nothing', () => {
    expect(denials({
      'a.txt': 'Harbour master Tobias Renwick leaked the sealed tender papers to a rival dredging firm in February.',
      'b.txt': 'Renwick has denied accepting gifts from a dredging executive.'
    })).toHaveLength(0)
  })

  test('a thing refused ("denied the permit") is no denied proposition', () => {
    expect(denials({
      'a.txt': 'The port council granted the dredging permit for the sealed tender area in February.',
      'b.txt': 'The port council denied the dredging permit for the sealed tender area in February.'
    })).toHaveLength(0)
  })

  test('"did not deny" denies nothing', () => {
    expect(denials({
      'a.txt': 'Harbour master Tobias Renwick leaked the sealed tender papers to a rival dredging firm in February.',
      'b.txt': 'Renwick did not deny leaking the sealed tender papers to a dredging firm.'
    })).toHaveLength(0)
  })

  test('both outlets reporting the denial, or the other giving the act to a source, raise nothing', () => {
    expect(denials({
      'a.txt': 'Renwick denied leaking the sealed tender papers to a rival dredging firm.',
      'b.txt': 'Renwick has denied leaking the sealed tender papers to any dredging firm.',
      'c.txt': 'Renwick leaked the sealed tender papers to a rival dredging firm, the city auditor Mara Quell said on Monday.'
    })).toHaveLength(0)
  })
})
