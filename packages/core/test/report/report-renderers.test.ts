import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import {
  compareArticles, findEntities, parseArticle, rankConflicts, rankExclusives, reportOutlets, storySources, storyToAnnotations, storyToHtml, storyToHtmlChunks,
  storyToJsonLd, storyToMarkdown, storyToText, timelineDays,
  type Conflict, type Exclusive, type Story
} from '../../src/index.js'
import {changedStretches} from '../../src/lib/report/changed-value.js'
import {clip, hang, wrap} from '../../src/lib/report/text-layout.js'
import {fuzzRuns} from '../helpers/fuzz-runs.js'

/** Invented articles in folders, each outlet named by its metadata. */
function build(files: Record<string, [outlet: string | null, text: string]>, url = true): Story {
  return compareArticles(Object.entries(files).map(([file, [outlet, text]]) => ({
    file,
    article: parseArticle(text, {format: 'text', metadata: {published: '2026-05-12', outlet, url: url ? `https://www.${file.split('/')[1]!.replace(/\.txt$/, '')}.example/story` : null}})
  })))
}

/** The texts of a story's articles, for the formats that anchor spans in them. */
function textsOf(files: Record<string, [outlet: string | null, text: string]>): Array<{file: string, text: string}> {
  return Object.entries(files).map(([file, [, text]]) => ({file, text: parseArticle(text, {format: 'text'}).text}))
}

/** Every describing note of a Web Annotation collection. */
function notes(story: Story, files: Record<string, [outlet: string | null, text: string]>): string[] {
  return storyToAnnotations(story, textsOf(files)).first.items.map((item) => item.body[0]!.value)
}

const fireFiles: Record<string, [string | null, string]> = {
  'feeds/harbor-times.txt': ['Harbor Times', 'Warehouse fire in Eastport\nA fire destroyed a warehouse in Eastport on Monday, injuring three workers, the fire brigade said.\n"We got everyone out of the building in time," Chief Omar Reyes told reporters.\nAccording to the Eastport Fire Brigade, the blaze started in a loading bay.'],
  'feeds/coast-daily.txt': ['Coast Daily', 'Eastport warehouse burns\nA fire destroyed a warehouse in Eastport on Monday, injuring five workers, the fire brigade said.\n"We got all of them out of the building in time," Chief Omar Reyes said.\nThe fire was first reported by the Harbor Times.'],
  'feeds/north-wire.txt': [null, 'Eastport fire\nA fire destroyed a warehouse in Eastport on Monday, injuring three workers, officials said.\nInsurers estimate the damage at 2 million dollars, a broker said.']
}
const fire = build(fireFiles)

describe('outlet names', () => {
  test('metadata, else the URL’s domain, else the file’s stem; one letter each', () => {
    // The story holds no URL: the texts given to the renderers do (the CLI names the outlet by its domain itself).
    const texts = new Map(fire.articles.map((a) => [a.file, {file: a.file, text: '', url: `https://www.${a.file.split('/')[1]!.replace(/\.txt$/, '')}.example/story`}]))
    const outlets = reportOutlets(fire, texts)
    expect([...outlets.values()].map((o) => `${o.letter} ${o.label}`)).toEqual(['A Harbor Times', 'B Coast Daily', 'C north-wire.example'])
    const bare = build({'x/plain-story.txt': [null, 'Fire\nA fire destroyed a warehouse in Eastport on Monday.']}, false)
    expect(reportOutlets(bare).get('x/plain-story.txt')!.label).toBe('plain-story')
  })

  test('text, Markdown and HTML name outlets, never files', () => {
    for (const out of [storyToText(fire), storyToMarkdown(fire), storyToHtml(fire)]) {
      expect(out).toContain('Harbor Times')
      expect(out).toContain('Coast Daily')
      expect(out).not.toContain('feeds/')
    }
  })
})

describe('text layout', () => {
  test('wrap: no line wider than asked, words kept whole, nothing lost', () => {
    const words = fc.array(fc.stringMatching(/^[a-z/.]{1,30}$/), {minLength: 1, maxLength: 40})
    fc.assert(fc.property(words, fc.integer({min: 20, max: 120}), (list, width) => {
      const lines = wrap(list.join(' '), width)
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(width)
      expect(lines.join(' ')).toBe(list.join(' '))
      // A word that fits is never split across lines (a path stays whole).
      for (const word of list) if (word.length <= width) expect(lines.some((line) => line.split(' ').includes(word))).toBe(true)
    }), fuzzRuns())
  })

  test('hang and clip fit the width', () => {
    for (const line of hang('  A Riverton Courier: ', 'word '.repeat(60), 50)) expect(line.length).toBeLessThanOrEqual(50)
    for (const line of hang(`  A ${'Long Outlet Name '.repeat(4)}: `, 'word '.repeat(30), 40)) expect(line.length).toBeLessThanOrEqual(40)
    expect(clip('one two three four five', 12).length).toBeLessThanOrEqual(12)
  })

  test('the text report fits any width from 40 columns', () => {
    for (const width of [40, 60, 80, 132]) {
      for (const line of storyToText(fire, {width}).split('\n')) expect([...line].length, line).toBeLessThanOrEqual(width)
    }
  })
})

describe('what differs', () => {
  test('conflicts ranked by confidence, then kind', () => {
    const make = (id: string, kind: Conflict['kind'], confidence: number): Conflict => ({id, kind, confidence, summary: '', reason: '', members: [], group: null})
    expect(rankConflicts([make('a', 'wording', 0.5), make('b', 'number', 0.9), make('c', 'wording', 0.9), make('d', 'date', 0.5)]).map((c) => c.id)).toEqual(['b', 'c', 'd', 'a'])
  })

  test('the changed value is found as whole words in each sentence', () => {
    const conflict: Conflict = {id: 'x', kind: 'number', confidence: 0.9, summary: 'workers injured: 3 vs 5', reason: '', group: null, members: []}
    const text = 'A fire injured 3 workers and 13 others.'
    expect(changedStretches(conflict, {text, value: '3'}).map(([s, e]) => text.slice(s, e))).toEqual(['3'])
  })

  test('every format puts what differs first, and names what was compared when nothing differs', () => {
    const text = storyToText(fire)
    expect(text.indexOf('What differs')).toBeLessThan(text.indexOf('Quotes'))
    const calm = build({
      'a/one.txt': ['One', 'Bridge opens\nThe new bridge in Alder opened on Friday, the council said.'],
      'b/two.txt': ['Two', 'Alder bridge\nThe new bridge in Alder opened on Friday, the council said.']
    })
    expect(calm.conflicts).toEqual([])
    for (const out of [storyToText(calm), storyToMarkdown(calm), storyToHtml(calm)]) {
      expect(out).toMatch(/No conflict found\. Compared: \d+ facts? and \d+ quotes?/)
      expect(out).not.toMatch(/\bagree/)
    }
  })

  test('articles that share nothing: every format warns and says nothing was compared, never that they agree', () => {
    const apart = build({
      'a/quillmere-gazette.txt': ['Quillmere Gazette', 'Orchard festival returns\nThe apple festival in Quillmere will return on Saturday after a two-year pause, the town council said.\n"We expect more stalls than ever before," festival organiser Ilse Vantorp said.'],
      'b/brackwater-echo.txt': ['Brackwater Echo', 'Ferry timetable changes\nThe ferry between Brackwater and Solvik will run twice a day from next month, the harbour office said.\n"Passengers asked for an earlier crossing," harbour master Teodor Miskel said.']
    })
    expect(apart.conflicts).toEqual([])
    expect(apart.compared).toMatchObject({facts: 0, quotes: 0})
    for (const out of [storyToText(apart, {width: 200}), storyToMarkdown(apart), storyToHtml(apart)]) {
      expect(out).toContain('No conflict found, and nothing was compared: no fact or quote is carried by two or more outlets')
      expect(out).toContain('No quote appears in more than one place.')
      expect(out).toContain('No fact is carried by more than one outlet.')
      expect(out).toContain('Warning: Brackwater Echo shares no fact or quote with the other articles: it may not be on the same story.')
      expect(out).not.toContain('a/quillmere-gazette.txt')
      expect(out).not.toMatch(/\bagree/)
    }
  })

  test('two identical articles: what was compared, no warning, never that they agree', () => {
    const text = 'Library reopens in Fernhollow\nThe library in Fernhollow reopened on Tuesday after a roof repair that cost 40,000 euros, the district said.\n"Readers can borrow books again from nine in the morning," librarian Maud Elstrand said.'
    const twins = build({'a/fernhollow-post.txt': ['Fernhollow Post', text], 'b/valley-courier.txt': ['Valley Courier', text]})
    expect(twins.conflicts).toEqual([])
    for (const out of [storyToText(twins, {width: 200}), storyToMarkdown(twins), storyToHtml(twins)]) {
      expect(out).toMatch(/No conflict found\. Compared: 2 facts and 1 quote that two or more outlets carry/)
      expect(out).not.toContain('Warning:')
      expect(out).not.toMatch(/\bagree/)
    }
  })

  test('a number written in words is marked as the changed value: "three" for 3', () => {
    const conflict = fire.conflicts.find((candidate) => candidate.kind === 'number')!
    const member = conflict.members.find((candidate) => candidate.value === '3')!
    expect(changedStretches(conflict, member).map(([s, e]) => member.text.slice(s, e))).toEqual(['three'])
    expect(storyToText(fire, {width: 200})).toContain('»three«')
    expect(storyToText(fire, {width: 200})).toContain('»five«')
    expect(storyToMarkdown(fire)).toContain('**three**')
    expect(storyToHtml(fire)).toContain('<mark class="changed"><span class="vh">changed: </span>three</mark>')
  })

  test('every conflict sentence is annotated with its kind, confidence, reason, the value it gives and the words that differ', () => {
    const conflict = fire.conflicts.find((candidate) => candidate.kind === 'number')!
    expect(conflict).toBeDefined()
    const own = notes(fire, fireFiles).filter((note) => note.startsWith(`Conflict ${conflict.id} (number, ${Math.round(conflict.confidence * 100)}% sure): `))
    expect(own).toHaveLength(conflict.members.length)
    for (const note of own) {
      expect(note).toContain(`Why: ${conflict.reason}.`)
      expect(note).toMatch(/This outlet gives: [35]\. Words that differ here: “(three|five)”\.$/)
      expect(note).not.toContain('feeds/')
    }
  })

  test('an altered quote shows the words changed in every format', () => {
    const altered = fire.quoteGroups.flatMap((g) => g.members.filter((m, i) => i !== g.fullest && m.verdict === 'altered'))
    expect(altered.length).toBeGreaterThan(0)
    const change = altered[0]!.changes[0]!
    expect(storyToText(fire)).toContain(`changed: “${change.from}” → “${change.to}”`)
    expect(storyToMarkdown(fire)).toContain('~~')
    expect(storyToHtml(fire)).toMatch(/<del>.*→.*<ins>/)
    expect(notes(fire, fireFiles).some((note) => note.includes(`altered against the fullest rendering: “${change.from}” → “${change.to}”`))).toBe(true)
    const renderings = storyToJsonLd(fire)['@graph'].flatMap((node) => (node['@type'] === 'Quotation' ? node.workExample as Array<{description: string}> : []))
    expect(renderings.some((rendering) => rendering.description.startsWith(`altered: “${change.from}” → “${change.to}”`))).toBe(true)
  })
})

test('a paraphrased quote shows its word diff in the text report too, as in Markdown and HTML', () => {
  const files: Record<string, [string | null, string]> = {
    'feeds/osterby-post.txt': ['Osterby Post', 'Pier plan in Osterby\n"We will rebuild the old wooden pier before the summer season begins," Mayor Tova Lind said on Monday.'],
    'feeds/bay-herald.txt': ['Bay Herald', 'Osterby pier\n"We will restore the old wooden pier before the summer season starts," Lind said on Monday.']
  }
  const story = build(files)
  expect(story.quoteGroups[0]!.members.map((member) => member.verdict)).toContain('paraphrase')
  expect(storyToText(story, {width: 200})).toContain('against the fullest: We will [-rebuild-] {+restore+} the old wooden pier before the summer season [-begins-] {+starts+}')
  expect(storyToMarkdown(story)).toContain('~~rebuild~~ **restore**')
  expect(storyToHtml(story)).toMatch(/<del>.*rebuild<\/del> <ins>.*restore<\/ins>/)
})

describe('exclusives, sourcing, timeline', () => {
  const item = (text: string, quantities: Exclusive['quantities'] = []): Exclusive => ({file: 'f', article: 'a', start: 0, end: text.length, text, kind: 'claim', quantities})
  test('noise left out, numbers first, capped with a count of the rest', () => {
    const list = rankExclusives([
      item('Read more'), item('Weather'),
      item('The council will meet again next week to discuss the budget.'),
      item('Repairs will cost 4 million dollars, the council said.', [{value: 4e6, unit: 'dollar', text: '4 million dollars'}]),
      ...Array.from({length: 12}, (_, i) => item(`Resident number ${i} said the street was quiet again on Sunday.`))
    ], 5)
    expect(list.items[0]!.text).toMatch(/^Repairs/)
    expect(list.items.length).toBe(5)
    expect(list.rest).toBe(9)
    expect(list.noise).toBe(2)
  })

  test('whom each outlet cites: named sources, "according to", "first reported by"', () => {
    const [a, b] = storySources(fire)
    expect(a!.according).toContain('Eastport Fire Brigade')
    expect(b!.reportedBy).toContain('Harbor Times')
    expect(a!.named.map((n) => n.name)).toContain('Omar Reyes')
  })

  test('the timeline says what happened, with the outlets that say so', () => {
    const days = timelineDays(fire)
    expect(days.length).toBeGreaterThan(0)
    for (const day of days) for (const event of day.events) {
      expect(event.sentence.text.split(' ').length).toBeGreaterThan(3)
      expect(event.files.length).toBeGreaterThan(0)
    }
  })
})

describe('quote speakers', () => {
  // Two outlets name the mayor, a third gives the words to a council member: the group keeps the mayor.
  const pierFiles: Record<string, [string | null, string]> = {
    'feeds/osterby-post.txt': ['Osterby Post', 'Pier plan in Osterby\n"We will rebuild the pier before the summer season," Mayor Tova Lind said on Monday.'],
    'feeds/bay-herald.txt': ['Bay Herald', 'Osterby pier\n"We will rebuild the pier before the summer season," Lind said on Monday.'],
    'feeds/fjord-news.txt': ['Fjord News', 'Osterby council\n"We will rebuild the pier before the summer season," council member Arvo Pekk said on Monday.']
  }
  const pier = build(pierFiles)

  test('a rendering whose outlet names another speaker says so in text and HTML, not only the agreed name', () => {
    const group = pier.quoteGroups.find((candidate) => candidate.speaker === 'Tova Lind')!
    expect(group.overridden).toHaveLength(1)
    const text = storyToText(pier, {width: 100})
    expect(text).toContain('Tova Lind (3 outlets; 1 of 3 renderings names another speaker)')
    expect(text).toContain('this outlet attributes it to Arvo Pekk')
    const html = storyToHtml(pier)
    expect(html).toContain('This outlet attributes it to Arvo Pekk.')
    expect(html).toContain('(3 outlets; 1 of 3 renderings names another speaker)')
    const markdown = storyToMarkdown(pier)
    expect(markdown).toContain('### Tova Lind (3 outlets; 1 of 3 renderings names another speaker)')
    expect(markdown).toContain('  - this outlet attributes it to Arvo Pekk')
    expect(notes(pier, pierFiles).filter((note) => note.includes('; this outlet attributes it to Arvo Pekk.'))).toHaveLength(1)
    const renderings = storyToJsonLd(pier)['@graph'].flatMap((node) => (node['@type'] === 'Quotation' ? node.workExample as Array<{description: string}> : []))
    expect(renderings.filter((rendering) => rendering.description.endsWith('; this outlet attributes it to Arvo Pekk'))).toHaveLength(1)
  })
})

describe('misuse', () => {
  test('storyToText given something else than a Story throws a TypeError that says so', () => {
    expect(() => storyToText(null as unknown as Story)).toThrow(new TypeError('Expected a Story (from compareArticles), not null'))
    expect(() => storyToText({} as Story)).toThrow(/^Expected a Story \(from compareArticles\), not an object/)
    expect(() => storyToText([] as unknown as Story)).toThrow(TypeError)
  })

  test('storyToMarkdown, storyToHtml(Chunks), storyToJsonLd and storyToAnnotations say they expected a Story, at the call', () => {
    for (const render of [storyToMarkdown, storyToHtml, storyToHtmlChunks, storyToJsonLd, (story: Story) => storyToAnnotations(story, [])] as Array<(story: Story) => unknown>) {
      expect(() => render(null as unknown as Story)).toThrow(new TypeError('Expected a Story (from compareArticles), not null'))
      expect(() => render({} as Story)).toThrow(/^Expected a Story \(from compareArticles\), not an object without articles/)
      expect(() => render('story' as unknown as Story)).toThrow(new TypeError('Expected a Story (from compareArticles), not string'))
    }
  })

  test('findEntities given text or nothing says it expected an Article', () => {
    const misuse = findEntities as (value: unknown) => unknown
    expect(() => misuse('Ilse Vantorp opened the stall.')).toThrow(new TypeError('Expected an Article (from parseArticle), not a string (parse the text with parseArticle first)'))
    expect(() => misuse(null)).toThrow(new TypeError('Expected an Article (from parseArticle), not null'))
    expect(() => misuse({text: 'x'})).toThrow(/^Expected an Article \(from parseArticle\), not an object without text and blocks/)
  })
})

describe('shared facts', () => {
  test('each fact two outlets carry says how alike its sentences are, in text, Markdown and HTML', () => {
    const facts = fire.claimGroups.filter((group) => group.cohesion !== undefined && new Set(group.members.map((m) => m.file)).size > 1)
    expect(facts.length).toBeGreaterThan(0)
    const text = storyToText(fire, {width: 120})
    const html = storyToHtml(fire)
    const markdown = storyToMarkdown(fire)
    for (const group of facts) {
      const basis = `grouped by what they say; the least alike two sentences ${Math.round(group.cohesion! * 100)}% similar`
      expect(text).toContain(`(${basis})`)
      expect(html).toContain(`(${basis})`)
      expect(notes(fire, fireFiles).some((note) => note.endsWith(`; fact group ${group.id} (${basis}).`))).toBe(true)
      expect(storyToJsonLd(fire)['@graph'].find((node) => node['@id'].endsWith(`#${group.id}`))!.description).toBe(basis)
      expect(markdown).toMatch(new RegExp(`^\\d+\\. \\d+ outlets[^(]*\\(${basis}\\):$`, 'm'))
    }
  })
})
