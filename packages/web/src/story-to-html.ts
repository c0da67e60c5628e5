// Placeholder until core's storyToHtml lands (branch `formats`); replaced by the real import.
import type {Story} from '@corroborate/core'

export function storyToHtml(_story: Story, _options: {articles: Array<{file: string, text: string, url?: string | null, outlet?: string | null}>}): string {
  throw new Error('storyToHtml is not in core yet')
}
