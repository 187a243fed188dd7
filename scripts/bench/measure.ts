// Timing helpers for the benchmark. Kept apart from the cases so each case reads as what it measures.

import { monitorEventLoopDelay, performance } from 'node:perf_hooks';

/** Milliseconds a synchronous call takes, with its result so the work cannot be skipped. */
export function timed<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Nearest-rank percentile: with few samples it reports a value that was really observed. */
export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/**
 * The longest stretch during which the main thread could not run a timer, measured two ways:
 * a 1 ms interval recording the gaps between its ticks (an upper bound: a gap includes the 1 ms
 * period itself), and Node's event-loop delay histogram at its finest resolution as a cross-check.
 */
export class BlockMonitor {
  private last = 0;
  private longest = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly histogram = monitorEventLoopDelay({ resolution: 1 });

  start(): void {
    this.longest = 0;
    this.last = performance.now();
    this.histogram.reset();
    this.histogram.enable();
    this.timer = setInterval(() => this.tick(), 1);
  }

  /** Longest gap in ms, and the histogram's maximum delay in ms. */
  async stop(): Promise<{ longestGapMs: number; maxLoopDelayMs: number }> {
    // A block just before stop() (a result being deserialised) reaches the histogram only when its
    // timer next fires, so let a few ticks pass first.
    await new Promise((resolve) => setTimeout(resolve, 5));
    this.tick();
    if (this.timer) clearInterval(this.timer);
    this.histogram.disable();
    return { longestGapMs: this.longest, maxLoopDelayMs: this.histogram.max / 1e6 };
  }

  private tick(): void {
    const now = performance.now();
    this.longest = Math.max(this.longest, now - this.last);
    this.last = now;
  }
}

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));
