import { describe, expect, it } from 'vitest';
import { createHealingLadder } from '../../../../electron/shared/healing-ladder';
import { createHealingTally, emptyHealingReport } from '../../../../electron/shared/healing-tally';

describe('healing tally', () => {
  it('starts at zero for every rung', () => {
    expect(emptyHealingReport()).toEqual({
      counts: { recycle: 0, logged: 0, reload: 0, 'crash-reload': 0, relaunch: 0 },
      last_action: null,
      recent_failures: 0,
    });
  });

  it('counts the ladder steps by rung and keeps the last one with its reason and time', () => {
    let t = 0;
    const ladder = createHealingLadder({ now: () => t });
    const tally = createHealingTally();
    const feed = (event: Parameters<typeof ladder.handle>[0], at: string): void =>
      tally.record(ladder.handle(event), new Date(at));
    feed({ type: 'heartbeat' }, '2026-12-01T10:00:00Z');
    feed({ type: 'renderer-gone', reason: 'crashed' }, '2026-12-01T10:00:05Z');
    t = 1_000;
    feed({ type: 'main-error' }, '2026-12-01T10:00:06Z');
    feed({ type: 'unresponsive' }, '2026-12-01T10:00:07Z');
    const report = tally.report(ladder.recentFailures());
    expect(report.counts).toEqual({ recycle: 0, logged: 1, reload: 1, 'crash-reload': 0, relaunch: 0 });
    expect(report.last_action).toEqual({
      rung: 'logged',
      reason: expect.stringMatching(/^main process error; logged/) as unknown,
      at: '2026-12-01T10:00:06.000Z',
    });
    expect(report.recent_failures).toBe(2);
    t = 2_000;
    feed({ type: 'renderer-gone', reason: 'oom' }, '2026-12-01T10:00:08Z');
    expect(tally.report(ladder.recentFailures()).counts.relaunch).toBe(1);
  });

  it('remembers the last heartbeat time', () => {
    const tally = createHealingTally();
    expect(tally.lastHeartbeatAt()).toBeNull();
    tally.heartbeat(new Date('2026-12-01T10:00:00Z'));
    tally.heartbeat(new Date('2026-12-01T10:00:05Z'));
    expect(tally.lastHeartbeatAt()).toBe('2026-12-01T10:00:05.000Z');
  });
});
