// Who may talk to main over IPC, and when staff actions are honoured. Pure, so both rules are unit tested.
import { isAppUrl, isDevServerUrl } from './navigation-policy';

export type SenderInfo = {
  /** webContents id of the sender. */
  senderId: number;
  /** webContents id of the one kiosk window, or null before it exists. */
  kioskId: number | null;
  /** Whether the sending frame is the top frame of its page. */
  isMainFrame: boolean;
  /** The sending frame's URL (senderFrame.url); null when the frame is gone. */
  frameUrl: string | null;
  devServerOrigin: string | null;
};

/** Only the kiosk window's main frame, on the app:// origin (or the dev server in `npm run dev`). */
export function isTrustedSender(info: SenderInfo): boolean {
  if (info.kioskId === null || info.senderId !== info.kioskId) return false;
  if (!info.isMainFrame || info.frameUrl === null) return false;
  return isAppUrl(info.frameUrl) || isDevServerUrl(info.frameUrl, info.devServerOrigin);
}

/** After a correct PIN, restart and exit are honoured for this long. */
export const STAFF_UNLOCK_MS = 2 * 60_000;

export type StaffUnlock = {
  /** Call after a PIN check returned `ok`. */
  grant(): void;
  /** True within STAFF_UNLOCK_MS of the last grant. */
  isUnlocked(): boolean;
  revoke(): void;
};

export function createStaffUnlock(options: { now: () => number; windowMs?: number }): StaffUnlock {
  const windowMs = options.windowMs ?? STAFF_UNLOCK_MS;
  let grantedAt: number | null = null;
  return {
    grant(): void {
      grantedAt = options.now();
    },
    isUnlocked(): boolean {
      if (grantedAt === null) return false;
      const elapsed = options.now() - grantedAt;
      return elapsed >= 0 && elapsed < windowMs;
    },
    revoke(): void {
      grantedAt = null;
    },
  };
}
