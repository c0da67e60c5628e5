/** A crude stem for matching a word across outlets: "demands"/"demand", "cooperating"/"cooperate". */
export function stemOf(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/(?:ing|ed|es|s|e)$/, '').slice(0, 7)
}
