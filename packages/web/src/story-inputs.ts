import type {ArticleFailure, ArticleInput} from './protocol.js'
import {uniqueName} from './read-files.js'

// The story's list of articles, changed as the person renames, removes and adds them:
// each change gives a new list (the app analyses it afresh).

/** The list with `file`'s outlet set; an empty name lets the article's metadata say. */
export function renamed(inputs: readonly ArticleInput[], file: string, outlet: string): ArticleInput[] {
  return inputs.map((input) => (input.file === file ? {...input, outlet: outlet.trim() || null} : input))
}

/** The list without `file`. */
export function without(inputs: readonly ArticleInput[], file: string): ArticleInput[] {
  return inputs.filter((input) => input.file !== file)
}

/** The list with `added` at its end, each renamed where its file name is taken ("a (2).txt"). */
export function withAdded(inputs: readonly ArticleInput[], added: readonly ArticleInput[]): ArticleInput[] {
  const taken = new Set(inputs.map((input) => input.file))
  const result = [...inputs]
  for (const input of added) {
    const file = uniqueName(input.file, taken)
    taken.add(file)
    result.push({...input, file})
  }
  return result
}

/** Files as read (read-files.ts): the ones read as text, and the ones that could not be. */
export function splitRead(read: ReadonlyArray<ArticleInput | ArticleFailure>): {inputs: ArticleInput[], unread: ArticleFailure[]} {
  return {
    inputs: read.filter((item): item is ArticleInput => 'text' in item),
    unread: read.filter((item): item is ArticleFailure => 'message' in item)
  }
}
