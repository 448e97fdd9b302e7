// Rate limit for repeated log lines: a mashed keyboard writes one "key blocked" line per press and could roll
// the whole history out of the size-capped log. Each distinct line is written at most `burst` times per
// window; the rest are counted and reported in one summary line when the window ends. Errors always pass.

export type RepeatFilterOptions = { burst?: number; windowMs?: number; now: () => number };

export type RepeatDecision = {
  /** Write this line. */
  write: boolean;
  /** A summary of the lines held back in the window that just ended, to write first. */
  summary: string | null;
};

const REPEAT_BURST = 5;
const REPEAT_WINDOW_MS = 60_000;
/** Distinct lines remembered per window; beyond this every line passes (never drop a new kind of line). */
const MAX_TRACKED = 200;

export function createRepeatFilter(
  options: RepeatFilterOptions,
): (line: string, level: string) => RepeatDecision {
  const burst = options.burst ?? REPEAT_BURST;
  const windowMs = options.windowMs ?? REPEAT_WINDOW_MS;
  let windowStart = options.now();
  let seen = new Map<string, number>();
  let held = 0;
  let heldKinds = 0;
  let example = '';

  return (line, level) => {
    const now = options.now();
    let summary: string | null = null;
    if (now - windowStart >= windowMs) {
      if (held > 0) {
        summary = `log: ${held} repeated line(s) of ${heldKinds} kind(s) held back in the last ${Math.round((now - windowStart) / 1000)} s (each kind is written ${burst} times per ${windowMs / 1000} s), e.g. "${example}"`;
      }
      windowStart = now;
      seen = new Map();
      held = 0;
      heldKinds = 0;
    }
    if (level === 'error') return { write: true, summary };
    const count = (seen.get(line) ?? 0) + 1;
    if (count === 1 && seen.size >= MAX_TRACKED) return { write: true, summary };
    seen.set(line, count);
    if (count <= burst) return { write: true, summary };
    if (count === burst + 1) heldKinds += 1;
    held += 1;
    example = line.length > 120 ? `${line.slice(0, 120)}…` : line;
    return { write: false, summary };
  };
}
