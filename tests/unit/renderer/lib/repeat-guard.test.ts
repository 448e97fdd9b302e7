import { describe, expect, it } from 'vitest';
import { REPEAT_IGNORE_MS, RepeatGuard } from '../../../../renderer/lib/repeat-guard';

describe('RepeatGuard', () => {
  const clock = (): { now: () => number; advance: (ms: number) => void } => {
    let t = 1000;
    return { now: () => t, advance: (ms) => (t += ms) };
  };

  it('ignores a second press on the same control within 350 ms (60 and 200 ms)', () => {
    for (const gap of [60, 200, REPEAT_IGNORE_MS - 1]) {
      const c = clock();
      const guard = new RepeatGuard(REPEAT_IGNORE_MS, c.now);
      expect(guard.accept('next')).toBe(true);
      c.advance(gap);
      expect(guard.accept('next')).toBe(false);
    }
  });

  it('lets a slow second press through, and keeps controls apart', () => {
    const c = clock();
    const guard = new RepeatGuard(REPEAT_IGNORE_MS, c.now);
    expect(guard.accept('next')).toBe(true);
    expect(guard.accept('back')).toBe(true);
    c.advance(REPEAT_IGNORE_MS);
    expect(guard.accept('next')).toBe(true);
  });

  it('counts a burst of shaky taps as one press', () => {
    const c = clock();
    const guard = new RepeatGuard(REPEAT_IGNORE_MS, c.now);
    expect(guard.accept('next')).toBe(true);
    for (let i = 0; i < 4; i++) {
      c.advance(200);
      expect(guard.accept('next')).toBe(false);
    }
    c.advance(400);
    expect(guard.accept('next')).toBe(true);
  });
});
