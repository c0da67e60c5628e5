import {stem} from 'porter2'
import {onceByText} from './once-by-text.js'

/** An inflection left after the Porter2 stem: a plural, possessive, tense, participle or "-ly". */
const inflection = /(?:'s|(?<!s)s|es|ed|d|ing|e|ly)$/

/**
 * The stem two outlets' forms of one word share: the Porter2 (Snowball English)
 * stemmer, so that every inflected form of a word meets every other ("voted",
 * "votes", "voting" are all "vote"; "denies", "denied", "deny" are "deni"; "news"
 * stays "news"). A derivation Porter2 also cuts stays on, its inflections off:
 * "supporters" is "supporter", not "support"; "election", "senator" and
 * "establishment" are not "elect", "senate" and "establish": two sentences that
 * share a root in different words share less than a word ("the senator" and "the
 * Senate", "supporters" and "support"). A number keeps its digits, digit groups
 * aside ("800,000" is 800000); a word with a digit is not stemmed. Each distinct
 * word is stemmed once (`onceByText`): a story of a thousand articles tokenises the
 * same few thousand words again and again.
 */
export const wordStem: (word: string) => string = onceByText(stemOf)

function stemOf(word: string): string {
  if (/\d/.test(word)) return /^\d{1,3}(?:,\d{3})+$/.test(word) ? word.replaceAll(',', '') : word
  // A possessive is its noun ("Ukraine's" is "Ukraine"), as Porter2 takes it.
  const bare = word.replace(/'s?$/, '')
  const root = stem(bare)
  const rest = restAfter(bare, root)
  if (rest === '') return root
  const derivation = rest.replace(inflection, '').replace(/y$/, 'i')
  return derivation === '' ? root : root + derivation
}

/** What Porter2 cut from `word` to make `root` (its final "e" restored or "y" made "i" aside); empty when the two do not align. */
function restAfter(word: string, root: string): string {
  if (word.startsWith(root)) return word.slice(root.length)
  const head = root.slice(0, -1)
  const last = root[root.length - 1]
  if (last === 'e' && word.startsWith(head)) return word.slice(head.length)
  if (last === 'i' && word.startsWith(head + 'y')) return word.slice(root.length)
  return ''
}
