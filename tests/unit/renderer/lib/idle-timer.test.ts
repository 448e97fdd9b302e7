import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_LENGTH_BUCKETS } from '../../../../electron/shared/ipc-contract';
import {
  announceAt,
  announcementSchedule,
  createIdleTimer,
  idleDelayMs,
  MIN_WARNING_SECONDS,
  secondsLeft,
  sessionLengthBucket,
  warningSeconds,
} from '../../../../renderer/lib/idle-timer';

describe('idle timing maths', () => {
  it('uses idle_seconds, times ten when "I read slowly" is on', () => {
    expect(idleDelayMs(120, false)).toBe(120_000);
    expect(idleDelayMs(120, true)).toBe(1_200_000);
    expect(idleDelayMs(45, true)).toBe(450_000);
  });

  it('falls back to 120 s for a value main should never have let through', () => {
    expect(idleDelayMs(0, false)).toBe(120_000);
    expect(idleDelayMs(-5, false)).toBe(120_000);
    expect(idleDelayMs(Number.NaN, true)).toBe(1_200_000);
  });

  it('never counts down for less than 30 s', () => {
    expect(MIN_WARNING_SECONDS).toBe(30);
    expect(warningSeconds(10)).toBe(30);
    expect(warningSeconds(45)).toBe(45);
    expect(warningSeconds(30.2)).toBe(31);
    expect(warningSeconds(Number.NaN)).toBe(30);
  });

  it('rounds seconds left up and never below zero', () => {
    expect(secondsLeft(30_000, 0)).toBe(30);
    expect(secondsLeft(30_000, 1)).toBe(30);
    expect(secondsLeft(30_000, 29_001)).toBe(1);
    expect(secondsLeft(30_000, 30_000)).toBe(0);
    expect(secondsLeft(30_000, 99_000)).toBe(0);
  });
});

describe('countdown announcements', () => {
  it('speaks at the start, on each ten, and each of the last five seconds', () => {
    expect(announcementSchedule(30)).toEqual([30, 20, 10, 5, 4, 3, 2, 1]);
    expect(announcementSchedule(45)).toEqual([45, 40, 30, 20, 10, 5, 4, 3, 2, 1]);
  });

  it('is silent for other seconds and outside the countdown', () => {
    expect(announceAt(29, 30)).toBe(false);
    expect(announceAt(11, 30)).toBe(false);
    expect(announceAt(6, 30)).toBe(false);
    expect(announceAt(0, 30)).toBe(false);
    expect(announceAt(40, 30)).toBe(false);
  });
});

describe('session-length bucket', () => {
  it('puts each length in its bucket, edges going up', () => {
    expect(sessionLengthBucket(0)).toBe('<1m');
    expect(sessionLengthBucket(59_999)).toBe('<1m');
    expect(sessionLengthBucket(60_000)).toBe('1-3m');
    expect(sessionLengthBucket(179_999)).toBe('1-3m');
    expect(sessionLengthBucket(180_000)).toBe('3-10m');
    expect(sessionLengthBucket(600_000)).toBe('10-30m');
    expect(sessionLengthBucket(1_799_999)).toBe('10-30m');
    expect(sessionLengthBucket(1_800_000)).toBe('30m+');
    expect(sessionLengthBucket(10 * 3_600_000)).toBe('30m+');
  });

  it('treats a clock that went backwards or a bad number as a short visit', () => {
    expect(sessionLengthBucket(-5000)).toBe('<1m');
    expect(sessionLengthBucket(Number.NaN)).toBe('<1m');
  });

  it('only ever returns buckets the usage contract knows', () => {
    for (const ms of [0, 61_000, 200_000, 700_000, 2_000_000]) {
      expect(SESSION_LENGTH_BUCKETS).toContain(sessionLengthBucket(ms));
    }
  });
});

describe('the idle timer', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function setup(): { timer: ReturnType<typeof createIdleTimer>; events: string[] } {
    const events: string[] = [];
    const timer = createIdleTimer({
      onWarn: (total) => events.push(`warn ${total}`),
      onTick: (remaining) => events.push(`tick ${remaining}`),
      onExpire: () => events.push('expire'),
    });
    return { timer, events };
  }

  it('warns after the delay, counts down once a second, then expires', () => {
    const { timer, events } = setup();
    timer.watch(120_000, 30);
    vi.advanceTimersByTime(119_999);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['warn 30']);
    expect(timer.phase).toBe('warning');
    vi.advanceTimersByTime(29_000);
    expect(events.at(-1)).toBe('tick 1');
    expect(events.filter((e) => e.startsWith('tick'))).toHaveLength(29);
    vi.advanceTimersByTime(1000);
    expect(events.at(-1)).toBe('expire');
    expect(timer.phase).toBe('off');
    vi.advanceTimersByTime(600_000);
    expect(events.filter((e) => e === 'expire')).toHaveLength(1);
  });

  it('restarts the wait on activity while watching', () => {
    const { timer, events } = setup();
    timer.watch(60_000, 30);
    vi.advanceTimersByTime(59_000);
    timer.activity();
    vi.advanceTimersByTime(59_000);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['warn 30']);
  });

  it('ignores stray activity during the warning; extend closes it, any number of times', () => {
    const { timer, events } = setup();
    timer.watch(60_000, 30);
    for (let round = 0; round < 3; round++) {
      vi.advanceTimersByTime(60_000);
      expect(timer.phase).toBe('warning');
      timer.activity();
      expect(timer.phase).toBe('warning');
      vi.advanceTimersByTime(10_000);
      timer.extend();
      expect(timer.phase).toBe('watching');
    }
    expect(events.filter((e) => e.startsWith('warn'))).toHaveLength(3);
    expect(events).not.toContain('expire');
  });

  it('does nothing while stopped (the attract screen, staff at the kiosk)', () => {
    const { timer, events } = setup();
    timer.watch(1000, 30);
    timer.stop();
    timer.activity();
    timer.extend();
    vi.advanceTimersByTime(3_600_000);
    expect(events).toEqual([]);
    expect(timer.phase).toBe('off');
  });

  it('expires on time even when the clock jumps (a sleeping machine), reporting each second at most once', () => {
    const { timer, events } = setup();
    timer.watch(1000, 30);
    vi.advanceTimersByTime(1000);
    vi.setSystemTime(Date.now() + 25_000);
    vi.advanceTimersByTime(1000);
    expect(events.slice(-1)).toEqual(['tick 4']);
    vi.advanceTimersByTime(4000);
    expect(events.at(-1)).toBe('expire');
  });
});
