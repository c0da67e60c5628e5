import type {Story} from '@corroborate/core'
import {byId, plural} from './dom.js'
import type {Stages} from './protocol.js'

/** What the status line above the report says. */
export interface StatusState {
  /** The running analysis, null when none runs. */
  progress: {done: number, total: number, file: string | null} | null
  /** The last analysis's story, its unread files and how long it took. */
  result: {story: Story, failures: readonly unknown[], ms: number} | null
  /** Files that could not even be read as text. */
  unread: number
  /** Whether the story has any articles. */
  hasInputs: boolean
  error?: string | undefined
}

/**
 * Show the analysis's state: the report's `data-state` (what tests and
 * `npm run web:size` wait for), the progress bar, the cancel and export buttons, and a line of text.
 */
export function renderStatus(state: StatusState): void {
  const {progress: running, result, error} = state
  const progress = byId<HTMLProgressElement>('progress')
  const text = byId('status-text')
  const panel = byId('panel')
  const busy = running !== null
  byId('report').dataset.state = error ? 'error' : busy ? 'busy' : result ? 'ready' : 'empty'
  panel.setAttribute('aria-busy', String(busy))
  progress.hidden = !busy
  byId('cancel').hidden = !busy
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) button.disabled = busy || !result
  if (error) text.textContent = error
  else if (running) {
    const {done, total, file} = running
    progress.max = total
    progress.value = done
    text.textContent = file ? `Analysing ${done + 1} of ${total - 1}: ${file}` : `Comparing ${plural(total - 1, 'article')}…`
  } else if (result) {
    const {story, failures, ms} = result
    const unread = failures.length + state.unread
    text.textContent = [
      `${plural(story.articles.length, 'article')} analysed in ${(ms / 1000).toFixed(1)} s`,
      plural(story.quoteGroups.length, 'shared quote'),
      plural(story.claimGroups.length, 'shared fact'),
      plural(story.conflicts.length, 'conflict'),
      unread > 0 ? `${plural(unread, 'file')} could not be read` : ''
    ].filter(Boolean).join(' · ')
  } else text.textContent = state.hasInputs ? 'Loading…' : 'No articles yet: drop files or paste an article.'
}

/** The worker's stages as times on the page's performance timeline (for the `corroborate:analysed` mark). */
export function pageTimes(stages: Stages): Stages {
  const at = (time: number) => time - performance.timeOrigin
  return {loaded: at(stages.loaded), received: at(stages.received), read: at(stages.read), compared: at(stages.compared)}
}
