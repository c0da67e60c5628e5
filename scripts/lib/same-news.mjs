// PolNeAR articles likely on the same news: same publication date, different
// publishers, at least two shared full person names. Pairs for eval-same-news, and
// larger same-day sets (3–6 articles) for the audit.

/** Full names (two words or more) of the people an analysed article names, lower case. */
export const peopleOf = (item) => new Set(item.entities.entities.filter((e) => e.kind === 'person' && /\s/.test(e.name)).map((e) => e.name.toLowerCase()))

const sharedPeople = (x, y) => {
  let shared = 0
  for (const name of x) if (y.has(name)) shared++
  return shared
}

function byDate(records) {
  const days = new Map()
  for (const record of records) {
    if (!days.has(record.publication_date)) days.set(record.publication_date, [])
    days.get(record.publication_date).push(record)
  }
  return [...days.values()]
}

/** Every pair [a, b] of records of one day from two publishers sharing >= 2 person names. */
export function* sameNewsPairs(records, analyse) {
  for (const group of byDate(records)) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i], b = group[j]
        if (a.publisher === b.publisher) continue
        if (sharedPeople(peopleOf(analyse(a)), peopleOf(analyse(b))) >= 2) yield [a, b]
      }
    }
  }
}

/**
 * Sets of 3–6 records of one day, each sharing >= 2 person names with the set's first
 * record, at most two per publisher; every record seeds at most one set and sets do not overlap.
 */
export function* sameNewsSets(records, analyse) {
  for (const group of byDate(records)) {
    const used = new Set()
    for (const seed of group) {
      if (used.has(seed.filename)) continue
      const people = peopleOf(analyse(seed))
      const set = [seed]
      const outlets = new Map([[seed.publisher, 1]])
      for (const other of group) {
        if (set.length >= 6 || other === seed || used.has(other.filename) || (outlets.get(other.publisher) ?? 0) >= 2) continue
        if (sharedPeople(people, peopleOf(analyse(other))) < 2) continue
        set.push(other)
        outlets.set(other.publisher, (outlets.get(other.publisher) ?? 0) + 1)
      }
      if (set.length >= 3 && outlets.size >= 2) {
        for (const record of set) used.add(record.filename)
        yield set
      }
    }
  }
}

/** Every same-news story to compare: the pairs, then the sets, each as [shape, records] ('pair' or 'set'). */
export function sameNewsStories(records, analyse) {
  return [...[...sameNewsPairs(records, analyse)].map((pair) => ['pair', pair]), ...[...sameNewsSets(records, analyse)].map((set) => ['set', set])]
}
