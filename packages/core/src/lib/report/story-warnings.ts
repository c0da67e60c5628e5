import type {Story} from '../story/types.js'
import {nameFiles, type ReportOutlets} from './report-outlets.js'

/**
 * The story's warnings for a reader, outlets by name: "Warning: quillmere-gazette
 * shares no fact or quote with the other articles: it may not be on the same story."
 * A report that left them out would let "no conflict found" stand for articles that
 * were never comparable.
 */
export function storyWarnings(story: Story, outlets: ReportOutlets): string[] {
  return (story.warnings ?? []).map((warning) => `Warning: ${nameFiles(warning.message, outlets)}.`)
}
