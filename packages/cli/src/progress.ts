import type { CliIo } from "./io.js";

/**
 * Progress of reading a big file: one line on stderr rewritten in place, at
 * most 10 times a second. Only for a terminal ({@link Progress.wanted}): in a
 * file or a pipe stderr keeps just the problems.
 */
export class Progress {
  private readonly io: CliIo;
  private readonly label: string;
  private readonly total: number;
  private lastShown = -1;
  private lastTime = 0;
  private shownInPlace = false;

  /** Whether a file of `bytes` gets progress: over the threshold, with stderr a terminal. */
  static wanted(io: CliIo, bytes: number, threshold: number): boolean {
    return bytes > (io.progressThreshold ?? threshold) && io.stderr.isTTY === true;
  }

  constructor(io: CliIo, label: string, totalBytes: number) {
    this.io = io;
    this.label = label;
    this.total = totalBytes;
  }

  update(bytes: number): void {
    const percent = Math.min(100, Math.floor((bytes / this.total) * 100));
    const now = Date.now();
    if (percent === this.lastShown || (now - this.lastTime < 100 && percent < 100)) return;
    this.lastTime = now;
    this.lastShown = percent;
    this.shownInPlace = true;
    this.io.stderr.write(`\r${this.line(percent, bytes)}\u001b[K`);
  }

  /** Ends the in-place line, so the next message starts on its own line. */
  done(): void {
    if (this.shownInPlace) this.io.stderr.write("\n");
    this.shownInPlace = false;
  }

  private line(percent: number, bytes: number): string {
    const mb = (n: number) => Math.round(n / 1_048_576).toLocaleString("en-US");
    return `Reading ${this.label}: ${String(percent).padStart(3)}% (${mb(bytes)} of ${mb(this.total)} MB)`;
  }
}
