// The bridge: exactly KioskApi on window.kiosk, one method per capability. ipcRenderer itself never crosses;
// every method sends or invokes one fixed channel with a plain payload, and main validates it again.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../shared/ipc-contract';
import type {
  ExportResult,
  HeartbeatState,
  KioskApi,
  PinAttempt,
  PinResult,
  PrintResult,
  RendererLoadedConfig,
  UsageEvent,
  UsageSummary,
} from '../shared/ipc-contract';

const api: KioskApi = {
  heartbeat: (state: HeartbeatState): void =>
    ipcRenderer.send(IPC_CHANNELS.heartbeat, { attract: state.attract, visits: state.visits }),
  getConfig: (): Promise<RendererLoadedConfig> =>
    ipcRenderer.invoke(IPC_CHANNELS.getConfig) as Promise<RendererLoadedConfig>,
  recordUsage: (event: UsageEvent): void => ipcRenderer.send(IPC_CHANNELS.recordUsage, event),
  getUsage: (): Promise<UsageSummary> => ipcRenderer.invoke(IPC_CHANNELS.getUsage) as Promise<UsageSummary>,
  exportUsage: (): Promise<ExportResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.exportUsage) as Promise<ExportResult>,
  checkPin: (attempt: PinAttempt): Promise<PinResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.checkPin, { pin: attempt.pin }) as Promise<PinResult>,
  restart: (): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.restart) as Promise<void>,
  exit: (): Promise<void> => ipcRenderer.invoke(IPC_CHANNELS.exit) as Promise<void>,
  printSummary: (): Promise<PrintResult> =>
    ipcRenderer.invoke(IPC_CHANNELS.printSummary) as Promise<PrintResult>,
};

contextBridge.exposeInMainWorld('kiosk', Object.freeze(api));
