/**
 * One target's answering state from its probe outcomes: since when it has been silent (the send
 * time of the first unanswered probe after the last answered one), null while it answers.
 */
export class TargetSilence {
  private lastOk: number | null = null;
  private lastHeard: number | null = null;
  /** Send time of the first lost probe of the current silence; null while answering. */
  silentSince: number | null = null;

  /** Records a probe; returns true when this answer ended a silence. */
  add(sentAt: number, answered: boolean): boolean {
    this.lastHeard = Math.max(this.lastHeard ?? sentAt, sentAt);
    if (answered) {
      const ended = this.silentSince !== null && sentAt > this.silentSince;
      if (ended) this.silentSince = null;
      this.lastOk = Math.max(this.lastOk ?? sentAt, sentAt);
      return ended;
    }
    // A late "lost" about a probe older than the last answer changes nothing.
    if (this.silentSince === null && (this.lastOk === null || sentAt > this.lastOk)) this.silentSince = sentAt;
    return false;
  }

  /**
   * A prober that reports nothing (ping exited, no route) is silent too: from one interval after
   * the last probe it reported, once nothing came for `staleMs`.
   */
  watchdog(now: number, intervalMs: number, staleMs: number): void {
    if (this.silentSince !== null || this.lastHeard === null) return;
    if (now - this.lastHeard > staleMs) this.silentSince = this.lastHeard + intervalMs;
  }

  /** Forgets everything (after the machine slept: the gap is no outage). */
  reset(): void {
    this.lastOk = null;
    this.lastHeard = null;
    this.silentSince = null;
  }
}
