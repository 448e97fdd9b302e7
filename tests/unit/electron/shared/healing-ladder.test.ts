import { beforeEach, describe, expect, it } from 'vitest';
import {
  createHealingLadder,
  FIRST_HEARTBEAT_MS,
  HEARTBEAT_INTERVAL_MS,
  HEARTBEAT_MISSED_LIMIT,
  NET_ERROR_ABORTED,
  UNRESPONSIVE_LIMIT_MS,
} from '../../../../electron/shared/healing-ladder';
import type { HealingLadder, LadderEvent } from '../../../../electron/shared/healing-ladder';

let t = 0;
let ladder: HealingLadder;
beforeEach(() => {
  t = 1_000_000;
  ladder = createHealingLadder({ now: () => t });
  ladder.handle({ type: 'heartbeat' });
});
const at = (ms: number, event: LadderEvent): string => {
  t += ms;
  return ladder.handle(event).action.type;
};
const timeout = HEARTBEAT_INTERVAL_MS * HEARTBEAT_MISSED_LIMIT;

describe('healing ladder', () => {
  it('heartbeat interval and limit are 5 s × 3', () => {
    expect(HEARTBEAT_INTERVAL_MS).toBe(5000);
    expect(HEARTBEAT_MISSED_LIMIT).toBe(3);
  });

  it('does nothing while heartbeats arrive', () => {
    for (let i = 0; i < 100; i++) {
      expect(at(HEARTBEAT_INTERVAL_MS, { type: 'heartbeat' })).toBe('none');
      expect(at(0, { type: 'tick' })).toBe('none');
    }
  });

  it('crashes and restarts the renderer after 3 missed beats, not before', () => {
    at(0, { type: 'heartbeat' });
    expect(at(timeout - 1, { type: 'tick' })).toBe('none');
    const step = ((t += 1), ladder.handle({ type: 'tick' }));
    expect(step.action.type).toBe('crash-and-restart');
    expect(step.log).toMatch(/no heartbeat for 15 s/);
  });

  it('ignores the render-process-gone that its own crash call causes', () => {
    expect(at(timeout, { type: 'tick' })).toBe('crash-and-restart');
    const step = ladder.handle({ type: 'renderer-gone', reason: 'killed' });
    expect(step.action.type).toBe('none');
    expect(ladder.recentFailures()).toBe(1);
  });

  it('gives a reloaded page a fresh heartbeat window, armed by its first beat', () => {
    expect(at(timeout, { type: 'tick' })).toBe('crash-and-restart');
    expect(at(timeout - 1, { type: 'tick' })).toBe('none');
    at(0, { type: 'loaded' });
    expect(at(FIRST_HEARTBEAT_MS - 1, { type: 'tick' })).toBe('none');
    at(0, { type: 'heartbeat' });
    expect(at(timeout - 1, { type: 'tick' })).toBe('none');
    expect(at(1, { type: 'tick' })).toBe('crash-and-restart');
  });

  it('a page that loads but never sends its first heartbeat is reloaded after 30 s', () => {
    at(0, { type: 'loaded' });
    expect(at(FIRST_HEARTBEAT_MS - 1, { type: 'tick' })).toBe('none');
    const step = ((t += 1), ladder.handle({ type: 'tick' }));
    expect(step.action.type).toBe('crash-and-restart');
    expect(step.log).toMatch(/no first heartbeat 30 s after the page loaded/);
    // Once: the next load starts a new wait.
    expect(at(FIRST_HEARTBEAT_MS, { type: 'tick' })).toBe('none');
  });

  it('the first-heartbeat bound can be switched off (npm run dev)', () => {
    const devLadder = createHealingLadder({ now: () => t, firstHeartbeatMs: null });
    devLadder.handle({ type: 'loaded' });
    t += FIRST_HEARTBEAT_MS * 10;
    expect(devLadder.handle({ type: 'tick' }).action.type).toBe('none');
  });

  it('a main-frame load failure loads the start screen again; an aborted load (-3) does not', () => {
    expect(
      ladder.handle({ type: 'load-failed', code: NET_ERROR_ABORTED, description: 'ERR_ABORTED' }),
    ).toEqual({
      action: { type: 'none' },
      log: null,
      rung: null,
    });
    const step = ladder.handle({ type: 'load-failed', code: -6, description: 'ERR_FILE_NOT_FOUND' });
    expect(step.rung).toBe('reload');
    expect(step.action.type).toBe('load-start');
    expect(step.log).toMatch(/start page failed to load \(-6 ERR_FILE_NOT_FOUND\)/);
    expect(ladder.recentFailures()).toBe(1);
  });

  it('three load failures within 60 s relaunch', () => {
    const failed = { type: 'load-failed', code: -6, description: 'ERR_FILE_NOT_FOUND' } as const;
    expect(at(0, failed)).toBe('load-start');
    expect(at(1_000, failed)).toBe('load-start');
    expect(at(1_000, failed)).toBe('relaunch');
  });

  it('unresponsive for 15 s crashes and reloads; responsive in time does not', () => {
    at(0, { type: 'unresponsive' });
    expect(at(UNRESPONSIVE_LIMIT_MS - 1, { type: 'heartbeat' })).toBe('none');
    expect(at(0, { type: 'tick' })).toBe('none');
    at(0, { type: 'responsive' });
    at(UNRESPONSIVE_LIMIT_MS, { type: 'heartbeat' });
    expect(at(0, { type: 'tick' })).toBe('none');
    at(0, { type: 'heartbeat' });
    at(0, { type: 'unresponsive' });
    at(UNRESPONSIVE_LIMIT_MS - 1, { type: 'heartbeat' });
    const step = ((t += 1), ladder.handle({ type: 'tick' }));
    expect(step.action.type).toBe('crash-and-restart');
    expect(step.log).toMatch(/renderer unresponsive for 15 s/);
  });

  it('main-process errors count towards a relaunch but reload nothing on their own', () => {
    const first = ladder.handle({ type: 'main-error' });
    expect(first.action.type).toBe('none');
    expect(first.log).toMatch(/main process error; logged, the kiosk keeps running \(failure 1 of 3/);
    expect(at(1_000, { type: 'main-error' })).toBe('none');
    expect(at(1_000, { type: 'main-error' })).toBe('relaunch');
  });

  it('is not armed before the first heartbeat, but still heals crashes', () => {
    const fresh = createHealingLadder({ now: () => t });
    t += timeout * 10;
    expect(fresh.handle({ type: 'tick' }).action.type).toBe('none');
    expect(fresh.handle({ type: 'renderer-gone', reason: 'crashed' }).action.type).toBe('load-start');
  });

  it('a crashed renderer loads the start screen', () => {
    const step = ladder.handle({ type: 'renderer-gone', reason: 'crashed' });
    expect(step.action.type).toBe('load-start');
    expect(step.log).toMatch(/renderer gone \(crashed\)/);
  });

  it('a clean exit is not a failure', () => {
    expect(ladder.handle({ type: 'renderer-gone', reason: 'clean-exit' }).action.type).toBe('none');
    expect(ladder.recentFailures()).toBe(0);
  });

  it('3 failures within 60 s relaunch the app, and then it stays quiet', () => {
    expect(at(0, { type: 'renderer-gone', reason: 'crashed' })).toBe('load-start');
    expect(at(20_000, { type: 'renderer-gone', reason: 'oom' })).toBe('load-start');
    const step = ((t += 20_000), ladder.handle({ type: 'renderer-gone', reason: 'crashed' }));
    expect(step.action.type).toBe('relaunch');
    expect(step.log).toMatch(/3 renderer failures within 60 s/);
    expect(at(1, { type: 'renderer-gone', reason: 'crashed' })).toBe('none');
    expect(at(timeout, { type: 'tick' })).toBe('none');
  });

  it('failures older than 60 s drop out of the count', () => {
    expect(at(0, { type: 'renderer-gone', reason: 'crashed' })).toBe('load-start');
    expect(at(30_000, { type: 'renderer-gone', reason: 'crashed' })).toBe('load-start');
    expect(at(30_000, { type: 'renderer-gone', reason: 'crashed' })).toBe('load-start');
    expect(ladder.recentFailures()).toBe(2);
    expect(at(29_999, { type: 'renderer-gone', reason: 'crashed' })).toBe('relaunch');
  });

  it('mixes hangs and crashes in one count', () => {
    expect(at(timeout, { type: 'tick' })).toBe('crash-and-restart');
    expect(at(0, { type: 'renderer-gone', reason: 'killed' })).toBe('none');
    expect(at(1000, { type: 'renderer-gone', reason: 'crashed' })).toBe('load-start');
    at(0, { type: 'loaded' });
    at(0, { type: 'heartbeat' });
    expect(at(timeout, { type: 'tick' })).toBe('relaunch');
  });

  it('repeated GPU process loss relaunches; a single one does not', () => {
    expect(at(0, { type: 'gpu-gone', reason: 'crashed' })).toBe('none');
    expect(at(10_000, { type: 'gpu-gone', reason: 'crashed' })).toBe('none');
    expect(at(10_000, { type: 'gpu-gone', reason: 'crashed' })).toBe('relaunch');
  });

  it('GPU losses spread over more than 60 s never relaunch', () => {
    for (let i = 0; i < 10; i++) expect(at(31_000, { type: 'gpu-gone', reason: 'crashed' })).toBe('none');
  });

  it('logs every step it takes', () => {
    expect(ladder.handle({ type: 'gpu-gone', reason: 'crashed' }).log).toMatch(/GPU process gone/);
    expect(ladder.handle({ type: 'renderer-gone', reason: 'clean-exit' }).log).toMatch(/cleanly/);
  });
});
