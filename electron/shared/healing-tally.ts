// What the healing ladder has done since the kiosk started, for status.json: how often each rung was taken,
// the last step with its reason and time, and when the UI last said it was alive. Pure: main feeds it the
// ladder's steps and wall-clock times.
import { HEALING_RUNGS } from './healing-ladder';
import type { HealingRung, LadderStep } from './healing-ladder';

export type HealingReport = {
  /** Steps taken since this process started, by rung (a relaunch starts a new process, so it counts once). */
  counts: Record<HealingRung, number>;
  last_action: { rung: HealingRung; reason: string; at: string } | null;
  /** Renderer failures still inside the ladder's window (three relaunch the app). */
  recent_failures: number;
};

export type HealingTally = {
  record(step: LadderStep, at: Date): void;
  heartbeat(at: Date): void;
  lastHeartbeatAt(): string | null;
  report(recentFailures: number): HealingReport;
};

/** The report before the ladder has run (no window yet). */
export function emptyHealingReport(): HealingReport {
  return {
    counts: Object.fromEntries(HEALING_RUNGS.map((rung) => [rung, 0])) as Record<HealingRung, number>,
    last_action: null,
    recent_failures: 0,
  };
}

export function createHealingTally(): HealingTally {
  const counts = emptyHealingReport().counts;
  let last: HealingReport['last_action'] = null;
  let beat: string | null = null;
  return {
    record(step, at) {
      if (step.rung === null) return;
      counts[step.rung] += 1;
      last = { rung: step.rung, reason: step.log ?? step.action.type, at: at.toISOString() };
    },
    heartbeat(at) {
      beat = at.toISOString();
    },
    lastHeartbeatAt: () => beat,
    report: (recentFailures) => ({
      counts: { ...counts },
      last_action: last,
      recent_failures: recentFailures,
    }),
  };
}
