// A visit's two ends, driven directly: the visit start is counted once, the idle countdown running out ends
// the visit (one visit:end) and leaves state equal to a fresh start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UsageEvent } from '../../../../electron/shared/ipc-contract';

const recorded: UsageEvent[] = [];
vi.mock('../../../../renderer/lib/kiosk', () => ({
  isKioskApp: false,
  kiosk: { recordUsage: (event: UsageEvent) => recorded.push(event) },
}));

const { beginVisit, endVisit, idle, visitSnapshot } = await import('../../../../renderer/state/session');
const { IdleState } = await import('../../../../renderer/state/idle.svelte');

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
});
