import type { CliIo } from "./io.js";

/**
 * Progress of reading a big file, on stderr: one line rewritten in place on a
 * terminal, or a line every 10% when stderr is a file or a pipe.
 */
export class Progress {
  private readonly io: CliIo;
  private readonly label: string;
  private readonly total: number;
  private lastShown = -1;
  private lastTime = 0;
  private shownInPlace = false;

  constructor(io: CliIo, label: string, totalBytes: number) {
    this.io = io;
    this.label = label;
    this.total = totalBytes;
  }

  update(bytes: number): void {
    const percent = Math.min(100, Math.floor((bytes / this.total) * 100));
    if (this.io.stderr.isTTY) {
      const now = Date.now();
      if (percent === this.lastShown || (now - this.lastTime < 100 && percent < 100)) return;
      this.lastTime = now;
      this.lastShown = percent;
      this.shownInPlace = true;
      this.io.stderr.write(`\r${this.line(percent, bytes)}\u001b[K`);
    } else {
      const step = Math.floor(percent / 10) * 10;
      if (step <= this.lastShown || step === 0) return;
      this.lastShown = step;
      this.io.stderr.write(`${this.line(step, bytes)}\n`);
    }
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
