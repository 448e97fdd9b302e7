// A visit's two ends: a touch on the attract screen begins it; the idle countdown running out ends it (one
// `visit:end` count with the coarse length bucket, then every trace of the visit is reset to a fresh start).
import type { HeartbeatState } from '../../electron/shared/ipc-contract';
import { isKioskApp, kiosk } from '../lib/kiosk';
import { announcer } from './announcer.svelte';
import { DoneState, type DoneSnapshot } from './done.svelte';
import { IdleState, type IdleSnapshot } from './idle.svelte';
import { navigation, type NavigationSnapshot } from './navigation.svelte';
import { renderKey } from './render-key.svelte';
import { staff, type StaffSnapshot } from './staff.svelte';
import { visit, type VisitSnapshot } from './visit.svelte';
import { speech, type SpeechSnapshot } from './speech.svelte';
import { takeHome, type TakeHomeSnapshot } from './take-home.svelte';

export const idle = new IdleState({ onExpire: endVisit });
/** The "I'm done" button: the visitor ends the visit at once, exactly as the idle rule would. */
export const done = new DoneState({ onConfirm: endVisit });

export type FullSnapshot = {
  navigation: NavigationSnapshot;
  visit: VisitSnapshot;
  announcer: { text: string };
  idle: IdleSnapshot;
  staff: StaffSnapshot;
  speech: SpeechSnapshot;
  takeHome: TakeHomeSnapshot;
  done: DoneSnapshot;
};

export function beginVisit(): void {
  idle.beginVisit();
  visit.markStarted();
  navigation.begin();
}

export function endVisit(): void {
  const bucket = idle.visitBucket();
  if (bucket !== null && visit.started) kiosk.recordUsage({ type: 'visit:end', bucket });
  resetVisit();
}

/** What each heartbeat tells main: idle at the attract screen (no visit, no staff pad, panel or cleaning), and
 * visits since the page loaded. */
export function heartbeatState(): HeartbeatState {
  return {
    attract:
      navigation.current.screen === 'attract' && !visit.started && !staff.open && !staff.cleaning.active,
    visits: visit.visitsSinceLoad,
  };
}

/** Back to a fresh visit: every piece of visitor state returns to exactly its initial value. */
function resetVisit(): void {
  // Speech never outlives the visit: silent first, before the screen changes under it.
  speech.reset();
  navigation.reset();
  visit.reset();
  announcer.reset();
  idle.reset();
  done.reset();
  // Ticked questions and an open take-home panel are the visitor's: forgotten like the rest.
  takeHome.reset();
  // The staff pad or panel never outlives a visit (a PIN lockout does: it is not the visitor's).
  staff.close();
  // A new key remounts every screen, so no component keeps a scroll position or other local state.
  renderKey.bump();
}

/** All visitor state, so tests can prove a reset equals a fresh start. */
export function visitSnapshot(): FullSnapshot {
  return {
    navigation: navigation.snapshot(),
    visit: visit.snapshot(),
    announcer: { text: announcer.text },
    idle: idle.snapshot(),
    staff: staff.snapshot(),
    speech: speech.snapshot(),
    takeHome: takeHome.snapshot(),
    done: done.snapshot(),
  };
}

/** What the browser tests read to prove a reset equals a fresh start. */
type SnapshotWindow = Window & { __KIOSK_SNAPSHOT__?: () => FullSnapshot };

/**
 * Exposes `window.__KIOSK_SNAPSHOT__()` (a read-only copy of all visitor state) in the browser preview only,
 * like lib/kiosk.ts's test hooks: inside Electron `window.kiosk` exists and nothing is exposed.
 */
export function exposeSnapshotHook(): void {
  if (isKioskApp) return;
  (window as SnapshotWindow).__KIOSK_SNAPSHOT__ = (): FullSnapshot => structuredClone(visitSnapshot());
}
