// A visit's two ends, driven directly: the visit start is counted once, the idle countdown running out ends
// the visit (one visit:end) and leaves state equal to a fresh start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UsageEvent } from '../../../../electron/shared/ipc-contract';

const recorded: UsageEvent[] = [];
vi.mock('../../../../renderer/lib/kiosk', () => ({
  isKioskApp: false,
  kiosk: { recordUsage: (event: UsageEvent) => recorded.push(event) },
}));

const { beginVisit, done, endVisit, idle, visitSnapshot } =
  await import('../../../../renderer/state/session');
const { IdleState } = await import('../../../../renderer/state/idle.svelte');
const { DoneState } = await import('../../../../renderer/state/done.svelte');

describe('visit session', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    recorded.length = 0;
  });
  afterEach(() => {
    endVisit();
    vi.useRealTimers();
  });

  it('counts the visit start once, however often the visit is begun', () => {
    const fresh = visitSnapshot();
    beginVisit();
    beginVisit();
    expect(recorded.filter((event) => event.type === 'visit:start')).toHaveLength(1);
    endVisit();
    expect(visitSnapshot()).toEqual(fresh);
    beginVisit();
    expect(recorded.filter((event) => event.type === 'visit:start')).toHaveLength(2);
  });

  it('nobody answering "Still reading?" ends the visit: one visit:end, then a fresh start', () => {
    const fresh = visitSnapshot();
    beginVisit();
    idle.watch(60_000, 30);
    vi.advanceTimersByTime(60_000);
    expect(idle.warning).toBe(true);
    expect(idle.remaining).toBe(30);
    vi.advanceTimersByTime(30_000);
    expect(recorded).toEqual([{ type: 'visit:start' }, { type: 'visit:end', bucket: '1-3m' }]);
    expect(visitSnapshot()).toEqual(fresh);
  });

  it('the idle state calls the expiry it was built with, and "Keep reading" closes the warning', () => {
    const onExpire = vi.fn();
    const own = new IdleState({ onExpire });
    own.watch(1000, 30);
    vi.advanceTimersByTime(1000);
    own.extend();
    expect(own.warning).toBe(false);
    vi.advanceTimersByTime(1000 + 30_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(own.warning).toBe(false);
  });

  it('"I\'m done", answered yes: one visit:end, then a fresh start', () => {
    const fresh = visitSnapshot();
    beginVisit();
    done.ask();
    expect(visitSnapshot()).not.toEqual(fresh);
    done.confirm();
    expect(recorded).toEqual([{ type: 'visit:start' }, { type: 'visit:end', bucket: '<1m' }]);
    expect(visitSnapshot()).toEqual(fresh);
  });

  it('"I\'m done" unanswered clears after its countdown; "keep reading" changes nothing and stops it', () => {
    const onConfirm = vi.fn();
    const own = new DoneState({ onConfirm, seconds: 10 });
    own.ask();
    expect(own.remaining).toBe(10);
    vi.advanceTimersByTime(9000);
    expect(own.remaining).toBe(1);
    own.keep();
    expect(own.snapshot()).toEqual({ asking: false, remaining: 0 });
    vi.advanceTimersByTime(60_000);
    expect(onConfirm).not.toHaveBeenCalled();
    own.ask();
    own.ask();
    vi.advanceTimersByTime(10_000);
    expect(onConfirm).toHaveBeenCalledTimes(1);
    expect(own.asking).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
