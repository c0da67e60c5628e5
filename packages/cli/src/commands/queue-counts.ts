import type {Queue} from 'bullmq'

/** How many jobs wait, are in hand, wait for a retry, failed. */
export interface QueueCounts {
  waiting: number
  active: number
  delayed: number
  failed: number
}

/** The queue's job counts (waiting counts prioritised and paused jobs too). */
export async function queueCounts(queue: Queue): Promise<QueueCounts> {
  const counts = await queue.getJobCounts('waiting', 'wait', 'paused', 'prioritized', 'active', 'delayed', 'failed', 'waiting-children')
  return {
    waiting: (counts.wait ?? counts.waiting ?? 0) + (counts.paused ?? 0) + (counts.prioritized ?? 0) + (counts['waiting-children'] ?? 0),
    active: counts.active ?? 0,
    delayed: counts.delayed ?? 0,
    failed: counts.failed ?? 0
  }
}
