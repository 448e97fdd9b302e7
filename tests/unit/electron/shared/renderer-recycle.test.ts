import { describe, expect, it } from 'vitest';
import {
  RECYCLE_MIN_GAP_MS,
  RECYCLE_SETTLE_MS,
  createRendererRecycle,
  localClock,
} from '../../../../electron/shared/renderer-recycle';
import type { RecycleClock, RecycleSettings } from '../../../../electron/shared/renderer-recycle';
import { HeartbeatStateSchema, checkPayload } from '../../../../electron/shared/ipc-contract';

const HOUR = 60 * 60_000;
const at = (now: number, hour = 12, day = '2026-12-02'): RecycleClock => ({ now, hour, day });
const idle = (visits: number): { attract: true; visits: number } => ({ attract: true, visits });

function policy(settings: Partial<RecycleSettings> = {}, start = at(0)) {
  return createRendererRecycle({ afterVisits: 50, quietHour: 3, ...settings }, start);
}

describe('renderer recycle policy', () => {
  it('recycles after N visits, once the attract screen has settled and the page is an hour old', () => {
    const p = policy();
    const t = 2 * HOUR;
    expect(p.heartbeat(idle(50), at(t)).recycle).toBe(false); // attract just began
    expect(p.heartbeat(idle(50), at(t + RECYCLE_SETTLE_MS - 1)).recycle).toBe(false);
    const decision = p.heartbeat(idle(50), at(t + RECYCLE_SETTLE_MS));
    expect(decision).toMatchObject({ recycle: true, reason: 'visits' });
    expect(decision.recycle && decision.log).toMatch(
      /^recycling the renderer at the attract screen after 50 visits/,
    );
  });

  it('a recycle counts as a fresh page at once: late beats of the old page ask for nothing more', () => {
    const p = policy();
    p.heartbeat(idle(50), at(2 * HOUR));
    expect(p.heartbeat(idle(50), at(2 * HOUR + RECYCLE_SETTLE_MS)).recycle).toBe(true);
    expect(p.heartbeat(idle(50), at(2 * HOUR + 2 * RECYCLE_SETTLE_MS)).recycle).toBe(false);
  });

  it('never recycles during a visit, however many visits or whatever the hour', () => {
    const p = policy({ afterVisits: 1 });
    for (let t = 2 * HOUR; t < 30 * HOUR; t += 5_000) {
      expect(p.heartbeat({ attract: false, visits: 1000 }, at(t, 3)).recycle).toBe(false);
    }
  });

  it('a visit in between restarts the settle time', () => {
    const p = policy();
    const t = 2 * HOUR;
    p.heartbeat(idle(60), at(t));
    p.heartbeat({ attract: false, visits: 61 }, at(t + 20_000));
    expect(p.heartbeat(idle(61), at(t + 40_000)).recycle).toBe(false);
    expect(p.heartbeat(idle(61), at(t + 40_000 + RECYCLE_SETTLE_MS)).recycle).toBe(true);
  });

  it('below N visits and outside the quiet hour it keeps the page', () => {
    const p = policy();
    for (let t = 2 * HOUR; t < 3 * HOUR; t += 5_000)
      expect(p.heartbeat(idle(49), at(t, 14)).recycle).toBe(false);
  });

  it('at most once an hour: never within RECYCLE_MIN_GAP_MS of the last fresh page', () => {
    const p = policy({ afterVisits: 1 });
    expect(p.heartbeat(idle(5), at(0)).recycle).toBe(false);
    expect(p.heartbeat(idle(5), at(RECYCLE_MIN_GAP_MS - 1)).recycle).toBe(false);
    expect(p.heartbeat(idle(5), at(RECYCLE_MIN_GAP_MS)).recycle).toBe(true);
    p.loaded(at(RECYCLE_MIN_GAP_MS));
    // The new page reports 1 visit, but it is too young.
    expect(p.heartbeat(idle(1), at(RECYCLE_MIN_GAP_MS + RECYCLE_SETTLE_MS)).recycle).toBe(false);
  });

  it('the quiet hour recycles once a day, not again in the same hour, and again the next day', () => {
    const p = policy({ afterVisits: null }, at(0, 14, '2026-12-01'));
    const t = 13 * HOUR; // 03:00 on the next day
    p.heartbeat(idle(0), at(t, 3, '2026-12-02'));
    const decision = p.heartbeat(idle(0), at(t + RECYCLE_SETTLE_MS, 3, '2026-12-02'));
    expect(decision).toMatchObject({ recycle: true, reason: 'quiet-hour' });
    expect(decision.recycle && decision.log).toMatch(/quiet hour \(03:00\)/);
    p.loaded(at(t + RECYCLE_SETTLE_MS + 1000, 3, '2026-12-02'));
    // Later in the same hour (even past the gap, were the hour long enough): the page is already fresh.
    expect(p.heartbeat(idle(0), at(t + 2 * HOUR, 3, '2026-12-02')).recycle).toBe(false);
    expect(p.heartbeat(idle(0), at(t + 2 * HOUR + RECYCLE_SETTLE_MS, 3, '2026-12-02')).recycle).toBe(false);
    // Outside the hour: nothing; the next day's quiet hour: again.
    expect(p.heartbeat(idle(0), at(t + 5 * HOUR, 8, '2026-12-02')).recycle).toBe(false);
    // Still idle at the attract screen since then, so the first beat of the next quiet hour recycles.
    expect(p.heartbeat(idle(0), at(t + 24 * HOUR, 3, '2026-12-03')).recycle).toBe(true);
  });

  it('a kiosk started inside the quiet hour does not recycle in it', () => {
    const p = policy({ afterVisits: null }, at(0, 3, '2026-12-02'));
    // The hour cannot outlast the gap, but a wall clock set back (or a slow hour) must not recycle a new page.
    expect(p.heartbeat(idle(0), at(HOUR + 1, 3, '2026-12-02')).recycle).toBe(false);
    expect(p.heartbeat(idle(0), at(HOUR + RECYCLE_SETTLE_MS + 1, 3, '2026-12-02')).recycle).toBe(false);
  });

  it('both triggers off: never', () => {
    const p = policy({ afterVisits: null, quietHour: null });
    for (let t = 2 * HOUR; t < 50 * HOUR; t += 60_000) {
      expect(p.heartbeat(idle(1_000_000), at(t, Math.floor(t / HOUR) % 24)).recycle).toBe(false);
    }
  });

  it('localClock gives the local hour and day', () => {
    const date = new Date(2026, 0, 5, 3, 30);
    expect(localClock(42, date)).toEqual({ now: 42, hour: 3, day: '2026-01-05' });
  });
});

describe('heartbeat payload', () => {
  it('accepts the screen state and refuses anything else', () => {
    expect(checkPayload(HeartbeatStateSchema, { attract: true, visits: 3 }).ok).toBe(true);
    for (const bad of [
      undefined,
      {},
      { attract: 'yes', visits: 1 },
      { attract: true, visits: -1 },
      { attract: true, visits: 1.5 },
      { attract: true, visits: 2_000_000 },
      { attract: true, visits: 1, extra: 1 },
    ]) {
      expect(checkPayload(HeartbeatStateSchema, bad).ok).toBe(false);
    }
  });
});
