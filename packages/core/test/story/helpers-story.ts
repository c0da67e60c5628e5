import {expect} from 'vitest'
import {compareArticles, parseArticle, type Story} from '../../src/index.js'

/** A story from short articles written for the case: file name → text (a headline line is added). */
export function story(files: Record<string, string>, published = '2025-03-04'): Story {
  return compareArticles(Object.entries(files).map(([file, text]) => ({file, article: parseArticle(`Report\n\n${text}`, {format: 'text', metadata: {published}})})))
}

/** A story from texts used as they are (no headline added): file name → text. */
export function storyOfTexts(files: Record<string, string>, published = '2025-03-04'): Story {
  return compareArticles(Object.entries(files).map(([file, text]) => ({file, article: parseArticle(text, {format: 'text', metadata: {published}})})))
}

/** The text each file's offsets point into. */
export function texts(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [file, `Report\n\n${text}`]))
}

/** Every span of the story slices back to its text. */
export function expectValidSpans(result: Story, sources: Record<string, string>): void {
  const check = (member: {file: string, start: number, end: number, text: string}) => {
    expect(sources[member.file]!.slice(member.start, member.end)).toBe(member.text)
  }
  result.claims.forEach(check)
  for (const group of result.quoteGroups) group.members.forEach(check)
  for (const group of result.claimGroups) group.members.forEach(check)
  for (const conflict of result.conflicts) conflict.members.forEach(check)
  result.exclusives.forEach(check)
  for (const day of result.timeline) day.members.forEach(check)
}

/**
 * The member of `file` in the claim group it shares with `partner` (undefined when
 * there is none), with the sentence it was cut from; its span is checked to slice back to its text.
 */
export function memberGroupedWith(files: Record<string, string>, file: string, partner: string): {text: string, sentence: string | undefined} | undefined {
  const group = story(files).claimGroups.find((g) => g.members.some((m) => m.file === file) && g.members.some((m) => m.file === partner))
  const member = group?.members.find((m) => m.file === file)
  if (!member) return undefined
  const source = texts(files)[file]!
  expect(source.slice(member.start, member.end)).toBe(member.text)
  return {text: member.text, sentence: member.sentence && source.slice(member.sentence.start, member.sentence.end)}
}
