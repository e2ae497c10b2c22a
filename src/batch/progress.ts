/**
 * A one-line progress meter on stderr — only when stderr is a TTY, not under --quiet, not
 * when CI is set (DESIGN: interface conventions 6). Redrawn at most 5 times a second.
 */
import type { Writable } from "node:stream";

export function wantsProgress(stderr: Writable & { isTTY?: boolean }, env: Record<string, string | undefined>, quiet: boolean): boolean {
  return !quiet && stderr.isTTY === true && !env.CI;
}

export class Progress {
  private done = 0;
  private total: number | null = null;
  private last = 0;
  private readonly start = Date.now();

  constructor(private readonly stderr: Writable) {}

  setTotal(n: number): void {
    this.total = n;
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.draw(now);
  }

  private draw(now: number): void {
    const secs = (now - this.start) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    let line = `${this.done}`;
    if (this.total !== null) {
      line += `/${this.total} files`;
      if (rate > 0) line += `, ${rate.toFixed(0)} files/s, ETA ${formatSecs((this.total - this.done) / rate)}`;
    } else line += ` files, ${rate.toFixed(0)} files/s`;
    this.stderr.write(`\r\x1b[K${line}`);
  }

  /** Clear the line before another message is written to stderr; the next tick redraws it. */
  interrupt(): void {
    if (this.last > 0) this.stderr.write("\r\x1b[K");
    this.last = 0;
  }

  /** Clear the line so the summary and the shell prompt start clean. */
  end(): void {
    if (this.last > 0) this.stderr.write("\r\x1b[K");
  }
}

function formatSecs(s: number): string {
  if (!Number.isFinite(s)) return "?";
  if (s < 60) return `${Math.ceil(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.ceil(s % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
