/**
 * Verbs whose complement did not happen: "failed to pay", "refused to sign",
 * "prevented them from voting", "was unable to attend". Karttunen's negative
 * implicatives ("Implicative verbs", Language 47, 1971: fail, neglect, refrain;
 * prevent, keep from), each with the word its complement must open with, so that
 * "failed" alone ("the bank failed") or "refused the offer" negates nothing.
 */
export const negativeImplicatives: ReadonlyMap<string, 'to' | 'from'> = new Map([
  ['fail', 'to'], ['fails', 'to'], ['failed', 'to'], ['failing', 'to'],
  ['refuse', 'to'], ['refuses', 'to'], ['refused', 'to'], ['refusing', 'to'],
  ['neglect', 'to'], ['neglects', 'to'], ['neglected', 'to'],
  ['unable', 'to'],
  ['prevent', 'from'], ['prevents', 'from'], ['prevented', 'from'], ['preventing', 'from'],
  ['bar', 'from'], ['bars', 'from'], ['barred', 'from'],
  ['refrain', 'from'], ['refrained', 'from'], ['refrains', 'from']
] as const)

/** Words that may stand between the verb and the word its complement opens with ("prevented *them* from"). */
const objectReach = 3

/**
 * Whether the word at `i` is a negative implicative whose complement follows: its
 * opening word ("to", "from") within a few words after it.
 */
export function opensNegatedComplement(words: ReadonlyArray<{word: string}>, i: number): boolean {
  const opener = negativeImplicatives.get(words[i]!.word)
  if (!opener) return false
  for (let j = i + 1; j <= i + objectReach && j < words.length; j++) if (words[j]!.word === opener) return true
  return false
}
