/** A progress bar on stderr: files done, rate and time left. Silent unless stderr is a terminal. */
export class Progress {
  private done = 0
  private bytes = 0
  private last = 0
  private readonly started = Date.now()

  constructor(private readonly total: number, private readonly write: (text: string) => void, private readonly enabled: boolean, private readonly columns = 80) {}

  /** One input finished. */
  tick(size: number): void {
    this.done++
    this.bytes += size
    const now = Date.now()
    if (!this.enabled || (now - this.last < 100 && this.done < this.total)) return
    this.last = now
    const seconds = Math.max(0.001, (now - this.started) / 1000)
    const rate = this.done / seconds
    const left = rate > 0 ? (this.total - this.done) / rate : 0
    const text = ` ${this.done}/${this.total} files  ${rate.toFixed(1)}/s  ${(this.bytes / 1e6 / seconds).toFixed(1)} MB/s  ${formatTime(left)} left `
    const room = Math.max(10, Math.min(40, this.columns - text.length - 4))
    const filled = Math.round((this.done / Math.max(1, this.total)) * room)
    this.write(`\r[${'█'.repeat(filled)}${'░'.repeat(room - filled)}]${text}`)
  }

  /** Clear the bar. */
  finish(): void {
    if (this.enabled && this.last > 0) this.write('\r\u001B[2K')
  }
}

function formatTime(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)}s`
  const minutes = Math.floor(seconds / 60)
  return minutes < 60 ? `${minutes}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s` : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`
}
