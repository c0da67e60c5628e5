import {describe, expect, test} from 'vitest'
import {findStories, parseArticle, storyFeatures} from '../../src/index.js'
import {eventSigns} from '../../src/lib/corpus/event-signs.js'
import {weighFeatures} from '../../src/lib/corpus/weigh-features.js'

// Invented events of one kind, undated as many archived pages are: what tells them
// apart is who, which day and how much, not the words of the kind.
const parse = (title: string, text: string, published?: string) =>
  parseArticle(text, {format: 'text', metadata: {title, published: published ?? null}})

const arrests = [
  parse('Harbour Hawks winger arrested', 'Harbour Hawks winger Dana Okafor was arrested on Tuesday on suspicion of drunk driving, police said. Okafor failed a breath test after officers stopped her car near the stadium. The Hawks said Okafor would play on Saturday.'),
  parse('Hawks winger Okafor held after traffic stop', 'Police arrested Dana Okafor, the Harbour Hawks winger, early Tuesday on suspicion of drunk driving. Officers said Okafor failed a breath test near the stadium. The club said she would play on Saturday.'),
  parse('Okafor arrested on suspicion of drunk driving', 'Harbour Hawks winger Dana Okafor was arrested on Tuesday after police stopped her car near the stadium. Okafor failed a breath test, officers said, and the Hawks said she would still play.'),
  parse('Hawks defender arrested, second arrest in a month', 'Harbour Hawks defender Tomas Brandt was arrested on Sunday on suspicion of drunk driving, the second such arrest at the club in a month after winger Dana Okafor. Police said Brandt failed a breath test near the stadium. Brandt will miss the next game.'),
  parse('Hawks defender Brandt held on suspicion of drunk driving', 'Police arrested Harbour Hawks defender Tomas Brandt early Sunday on suspicion of drunk driving. Brandt failed a breath test after officers stopped his car near the stadium, police said. The club said Brandt would miss the next game.'),
  parse('Brandt arrested after traffic stop', 'Harbour Hawks defender Tomas Brandt was arrested on Sunday after police stopped his car near the stadium. Brandt failed a breath test, officers said. The Hawks said Brandt would miss the next game.')
]

const quakes = [
  parse('Magnitude 5.2 quake shakes Lakemoor', 'A magnitude 5.2 earthquake shook Lakemoor on Tuesday, cracking walls in the old town. The quake struck at dawn, the seismology institute said. Two people were slightly hurt by falling tiles.'),
  parse('Quake cracks walls in Lakemoor', 'An earthquake of magnitude 5.2 cracked walls in Lakemoor on Tuesday, the seismology institute said. Two people were slightly hurt by falling tiles in the old town when the quake struck at dawn.'),
  parse('Strong 6.4 quake hits Lakemoor, villages flattened', 'A strong magnitude 6.4 earthquake hit Lakemoor on Sunday, flattening three villages in the hills. The seismology institute said the quake struck at night. Rescuers dug through rubble for survivors and the army sent tents.'),
  parse('Lakemoor villages in ruins after magnitude 6.4 quake', 'An earthquake of magnitude 6.4 flattened three hill villages near Lakemoor on Sunday night, the seismology institute said. Rescuers dug through rubble for survivors while the army sent tents.')
]

const storyOf = (stories: ReturnType<typeof findStories>, id: string) => stories.find(story => story.articles.includes(id))!.id

describe('storyFeatures: the day and the measure of the event', () => {
  test('weekdays in order of first mention, the headline first; the first decimal number', () => {
    const article = parse('Quake on Sunday', 'A magnitude 6.4 quake struck on Sunday; an aftershock of 4.1 followed on Monday.')
    const features = storyFeatures(article)
    expect(features.weekdays).toEqual(['sunday', 'monday'])
    expect(features.firstDecimal).toBe('6.4')
  })

  test('none named, none kept', () => {
    const features = storyFeatures(parse('Bridge opens', 'The new bridge opened to traffic.'))
    expect(features.weekdays).toEqual([])
    expect(features.firstDecimal).toBeNull()
  })
})

describe('eventSigns', () => {
  const signs = (items: ReturnType<typeof parse>[], i: number, j: number) => {
    const {weighed} = weighFeatures(items.map(item => storyFeatures(item)), 20)
    return eventSigns(weighed[i]!, weighed[j]!, 180)
  }

  test('one event told twice shows no sign', () => {
    expect(signs(quakes, 0, 1)).toBe(0)
    expect(signs(arrests, 3, 4)).toBe(0)
  })

  test('another person, another weekday, another magnitude are signs of another event', () => {
    expect(signs(quakes, 0, 2)).toBe(2)
    expect(signs(arrests, 1, 4)).toBe(2)
  })

  test('a report that recalls the other event by name and day is still told apart by its own', () => {
    // The second arrest names the first player, but its main person is absent from the first.
    expect(signs(arrests, 0, 3)).toBeGreaterThanOrEqual(1)
  })
})

describe('findStories: two events of one kind', () => {
  test('two arrests at one club are two stories', () => {
    const stories = findStories(arrests)
    const ids = arrests.map(article => article.id)
    expect(new Set(ids.slice(0, 3).map(id => storyOf(stories, id))).size).toBe(1)
    expect(new Set(ids.slice(3).map(id => storyOf(stories, id))).size).toBe(1)
    expect(storyOf(stories, ids[0]!)).not.toBe(storyOf(stories, ids[3]!))
  })

  test('two quakes in one town are two stories', () => {
    const stories = findStories(quakes)
    const ids = quakes.map(article => article.id)
    expect(storyOf(stories, ids[0]!)).toBe(storyOf(stories, ids[1]!))
    expect(storyOf(stories, ids[2]!)).toBe(storyOf(stories, ids[3]!))
    expect(storyOf(stories, ids[0]!)).not.toBe(storyOf(stories, ids[2]!))
  })
})
