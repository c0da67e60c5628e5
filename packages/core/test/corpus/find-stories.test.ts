import {describe, expect, test} from 'vitest'
import {findStories, parseArticle, storyFeatures} from '../../src/index.js'

// Invented events: two storms in two invented towns, a bridge opening, a trial.
const texts = [
  {title: 'Storm floods Riverton harbour', published: '2031-03-02', text: 'A storm flooded the harbour of Riverton on Monday, Mayor Dana Okafor said. Okafor said 40 boats sank and the harbour wall broke. Riverton residents were told to stay away from the harbour while crews pumped water.'},
  {title: 'Riverton harbour under water after storm', published: '2031-03-03', text: 'Mayor Dana Okafor of Riverton said the storm sank 40 boats in the harbour. The harbour wall broke during the night and crews pumped water out of the flooded streets of Riverton.'},
  {title: 'Okafor: harbour wall broke in Riverton storm', published: '2031-03-02', text: 'The storm that hit Riverton broke the harbour wall, Mayor Dana Okafor said, and 40 boats sank. Crews pumped water from the harbour district of Riverton overnight.'},
  {title: 'Storm floods Lakemoor harbour', published: '2034-10-20', text: 'A storm flooded the harbour of Lakemoor on Friday, Mayor Tomas Brandt said. Brandt said 12 boats sank and the pier collapsed. Lakemoor residents were told to stay away from the harbour while crews pumped water.'},
  {title: 'Lakemoor pier collapses in storm', published: '2034-10-21', text: 'Mayor Tomas Brandt of Lakemoor said the storm sank 12 boats and the pier collapsed. Crews pumped water out of the flooded harbour of Lakemoor.'},
  {title: 'New bridge opens over the Vessa', published: '2031-05-10', text: 'The new bridge over the Vessa river opened to traffic on Saturday, engineer Priya Halvorsen said. Halvorsen said the bridge took six years to build and carries four lanes of traffic across the Vessa.'},
  {title: 'Vessa bridge opens to traffic', published: '2031-05-11', text: 'Engineer Priya Halvorsen said the Vessa bridge, six years in the building, opened to traffic with four lanes. Drivers crossed the Vessa bridge for the first time on Saturday.'},
  {title: 'Trial of Marek Oduya begins', published: '2031-07-01', text: 'The trial of Marek Oduya began in Port Elwin on Tuesday. Prosecutors said Oduya stole paintings from the Elwin gallery. Judge Sara Lindqvist heard the first witnesses in the Oduya trial.'}
].map(item => parseArticle(item.text, {format: 'text', metadata: {title: item.title, published: item.published}}))

const ids = texts.map(article => article.id)
const storyOf = (stories: ReturnType<typeof findStories>, id: string) => stories.find(story => story.articles.includes(id))!.id

describe('findStories', () => {
  const stories = findStories(texts)

  test('every article is in exactly one story', () => {
    const all = stories.flatMap(story => story.articles).sort()
    expect(all).toEqual([...ids].sort())
  })

  test('one event told by several outlets is one story', () => {
    expect(new Set(ids.slice(0, 3).map(id => storyOf(stories, id))).size).toBe(1)
    expect(storyOf(stories, ids[5]!)).toBe(storyOf(stories, ids[6]!))
  })

  test('two events of one kind are two stories', () => {
    expect(storyOf(stories, ids[0]!)).not.toBe(storyOf(stories, ids[3]!))
    expect(storyOf(stories, ids[3]!)).toBe(storyOf(stories, ids[4]!))
  })

  test('an article on nothing else stands alone', () => {
    expect(stories.find(story => story.articles.includes(ids[7]!))!.articles).toEqual([ids[7]])
  })

  test('stories carry a label, their dates and a confidence', () => {
    const first = stories[0]!
    expect(first.articles).toHaveLength(3)
    expect(first.label.length).toBeGreaterThan(0)
    expect(first.dates).toEqual({first: '2031-03-02', last: '2031-03-03'})
    for (const story of stories) {
      expect(story.confidence).toBeGreaterThanOrEqual(0)
      expect(story.confidence).toBeLessThanOrEqual(1)
    }
  })

  test('features give the same grouping as articles', () => {
    const fromFeatures = findStories(texts.map(article => storyFeatures(article)))
    expect(fromFeatures.map(story => story.articles)).toEqual(stories.map(story => story.articles))
  })

  test('the order of the input does not change the groups', () => {
    const reversed = findStories([...texts].reverse())
    const groups = (list: typeof stories) => list.map(story => [...story.articles].sort().join()).sort()
    expect(groups(reversed)).toEqual(groups(stories))
  })

  test('a cap on candidates per article keeps every article once and the close pairs', () => {
    // One article meets at most two later ones: those sharing its rarest features come first.
    const capped = findStories(texts, {maxCandidates: 2})
    expect(capped.flatMap(story => story.articles).sort()).toEqual([...ids].sort())
    expect(storyOf(capped, ids[5]!)).toBe(storyOf(capped, ids[6]!))
    expect(storyOf(capped, ids[3]!)).toBe(storyOf(capped, ids[4]!))
  })

  test('undated articles are compared with dated ones either side of them in the input', () => {
    const undated = [texts[5]!, parseArticle('Engineer Priya Halvorsen said the Vessa bridge, six years in the building, opened to traffic with four lanes.', {format: 'text', metadata: {title: 'Vessa bridge opens'}}), texts[6]!]
    const found = findStories(undated)
    expect(found).toHaveLength(1)
  })

  test('no articles, no stories; misuse is a TypeError', () => {
    expect(findStories([])).toEqual([])
    expect(() => findStories('x' as never)).toThrow(TypeError)
  })
})
