// One handler per IPC channel. Every message is checked twice before anything happens: the sender must be
// the kiosk window's main frame on the app origin, and the payload must pass the channel's schema in the contract.
// Refusals are logged (channel and reason only, never the payload).
import { app, ipcMain } from 'electron';
import type { IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { LoadedConfig } from '../shared/config-schema';
import type * as v from 'valibot';
import {
  EmptyPayloadSchema,
  HeartbeatStateSchema,
  IPC_CHANNELS,
  PinAttemptSchema,
  UsageEventSchema,
  checkPayload,
  toRendererConfig,
} from '../shared/ipc-contract';
import { createStaffUnlock, isTrustedSender } from '../shared/ipc-guard';
import { PIN_LOCKOUT_MS, PIN_MAX_ATTEMPTS, createPinGate } from '../shared/pin-gate';
import { PRINT_TIMEOUT_MS, printDecision, printOptions, printerListed } from '../shared/print-policy';
import type { PrintResult } from '../shared/ipc-contract';
import { verifyPin } from './staff-pin';
import type { UsageStore } from './usage-store';
import type { Runtime } from './runtime';
import type { Healing } from './healing';
import type { KioskWindow } from './window';

export type IpcDeps = {
  runtime: Runtime;
  config: LoadedConfig;
  usage: UsageStore;
  /** Filled in once the window and the ladder exist; messages before that are refused. */
  kiosk: () => KioskWindow | null;
  healing: () => Healing | null;
};

export function setupIpc(deps: IpcDeps): void {
  const { runtime } = deps;
  const clock = (): number => performance.now();
  const gate = createPinGate({ maxAttempts: PIN_MAX_ATTEMPTS, lockoutMs: PIN_LOCKOUT_MS, now: clock });
  const unlock = createStaffUnlock({ now: clock });

  const trusted = (event: IpcMainEvent | IpcMainInvokeEvent): boolean => {
    const kiosk = deps.kiosk();
    const frame = event.senderFrame;
    const ok = isTrustedSender({
      senderId: event.sender.id,
      kioskId: kiosk === null ? null : kiosk.window.webContents.id,
      isMainFrame: frame !== null && frame.parent === null,
      frameUrl: frame === null ? null : frame.url,
      devServerOrigin: runtime.devServerOrigin,
    });
    return ok;
  };
  const refuse = (channel: string, why: string): Error => {
    runtime.log.warn(`IPC ${channel} refused: ${why}`);
    return new Error(`${channel} refused`);
  };
  /** invoke channels: sender + payload checked, then the handler runs. */
  const handle = <S extends v.GenericSchema, R>(
    channel: string,
    schema: S,
    run: (payload: v.InferOutput<S>) => R | Promise<R>,
  ): void => {
    ipcMain.handle(channel, (event, payload: unknown) => {
      if (!trusted(event)) throw refuse(channel, 'untrusted sender');
      const checked = checkPayload(schema, payload);
      if (!checked.ok) throw refuse(channel, `invalid payload (${checked.problem})`);
      return run(checked.payload);
    });
  };
  /** send channels: dropped silently (but logged) when invalid. */
  const on = <S extends v.GenericSchema>(
    channel: string,
    schema: S,
    run: (payload: v.InferOutput<S>) => void,
  ): void => {
    ipcMain.on(channel, (event, payload: unknown) => {
      if (!trusted(event)) {
        runtime.log.warn(`IPC ${channel} dropped: untrusted sender`);
        return;
      }
      const checked = checkPayload(schema, payload);
      if (!checked.ok) {
        runtime.log.warn(`IPC ${channel} dropped: invalid payload (${checked.problem})`);
        return;
      }
      run(checked.payload);
    });
  };

  on(IPC_CHANNELS.heartbeat, HeartbeatStateSchema, (state) => deps.healing()?.heartbeat(state));
  // Never the PIN hash: any script in the page could brute-force a 4-digit PIN against it offline.
  handle(IPC_CHANNELS.getConfig, EmptyPayloadSchema, () => toRendererConfig(deps.config));
  on(IPC_CHANNELS.recordUsage, UsageEventSchema, (event) => deps.usage.record(event));
  handle(IPC_CHANNELS.getUsage, EmptyPayloadSchema, () => deps.usage.summary());
  handle(IPC_CHANNELS.exportUsage, EmptyPayloadSchema, () => deps.usage.exportCsv());
  handle(IPC_CHANNELS.checkPin, PinAttemptSchema, ({ pin }) => {
    const hash = deps.config.config.staff_pin_hash;
    if (hash === null) return { status: 'not-configured' as const };
    const result = gate.check(() => verifyPin(pin, hash));
    runtime.log.info(`staff PIN check: ${result.status}`);
    if (result.status === 'ok') unlock.grant();
    return result;
  });
  // Take-home print: what is printed is the window's own print view; no visitor data crosses IPC or the log.
  let lastPrintAt: number | null = null;
  handle(IPC_CHANNELS.printSummary, EmptyPayloadSchema, async (): Promise<PrintResult> => {
    const printer = deps.config.config.printer;
    const decision = printDecision(printer, lastPrintAt, clock());
    if (decision === 'disabled') throw refuse(IPC_CHANNELS.printSummary, 'printing is off in the config');
    if (decision === 'too-soon') return { ok: false, reason: 'too-soon' };
    const contents = deps.kiosk()?.window.webContents;
    if (contents === undefined || contents.isDestroyed()) return { ok: false, reason: 'failed' };
    lastPrintAt = clock();
    const listed = printerListed(printer.device_name, await contents.getPrintersAsync());
    if (!listed) runtime.log.warn(`print: the system lists no printer named "${printer.device_name}"`);
    const result = await new Promise<PrintResult>((resolve) => {
      const timer = setTimeout(() => {
        runtime.log.warn('print: the printer did not answer in time');
        resolve({ ok: false, reason: 'failed' });
      }, PRINT_TIMEOUT_MS);
      contents.print(printOptions(printer), (success, failureReason) => {
        clearTimeout(timer);
        if (!success) runtime.log.warn(`print failed: ${failureReason.slice(0, 120)}`);
        resolve(success ? { ok: true } : { ok: false, reason: 'failed' });
      });
    });
    if (result.ok) {
      runtime.log.info('print: summary printed');
      deps.usage.countPrint();
    }
    return result;
  });
  handle(IPC_CHANNELS.restart, EmptyPayloadSchema, () => {
    if (!unlock.isUnlocked()) throw refuse(IPC_CHANNELS.restart, 'no staff PIN in the last 2 minutes');
    runtime.log.info('staff restart');
    deps.usage.close();
    runtime.restart('staff restart');
  });
  handle(IPC_CHANNELS.exit, EmptyPayloadSchema, () => {
    if (!unlock.isUnlocked()) throw refuse(IPC_CHANNELS.exit, 'no staff PIN in the last 2 minutes');
    runtime.log.info('staff exit');
    deps.kiosk()?.allowClose();
    app.quit();
  });
}
