// The kiosk's exit codes, one meaning each, so a supervisor (Windows Shell Launcher's return-code actions,
// systemd's Restart=/RestartPreventExitStatus=) can act on them. docs/deploy.md 7.3 maps each to both.

export const EXIT_CODES = {
  /** Quit on purpose: staff Exit, SIGTERM/SIGINT, log-off, shutdown. Do not restart. */
  ok: 0,
  /** Main could not start (an error before the window; the log says why). Restarting may help. */
  startFailed: 1,
  /** A refused debugging or security-weakening switch: the shell command is wrong; restarting cannot help. */
  refusedSwitch: 3,
  /** Supervised mode: the healing ladder or staff asked for a restart. Start the kiosk again. */
  restart: 75,
} as const;

type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * Supervised: a supervisor restarts the kiosk when it exits, so main exits with EXIT_CODES.restart instead of
 * relaunching itself (which would race the supervisor for the single-instance lock). `--supervised` or
 * KIOSK_SUPERVISED=1.
 */
export function isSupervised(switchPresent: boolean, env: Record<string, string | undefined>): boolean {
  return switchPresent || env.KIOSK_SUPERVISED === '1';
}

/** What main does when a restart is wanted. */
export type RestartPlan = { relaunch: boolean; exitCode: ExitCode };

export function restartPlan(supervised: boolean): RestartPlan {
  return supervised
    ? { relaunch: false, exitCode: EXIT_CODES.restart }
    : { relaunch: true, exitCode: EXIT_CODES.ok };
}
