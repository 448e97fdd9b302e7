// Errors in main never reach Electron's default handler, which puts a native "A JavaScript error occurred in
// the main process" dialog over the kiosk: they are logged and counted by the healing ladder instead.
import type { Healing } from './healing';
import type { Runtime } from './runtime';

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

export function setupErrorHandlers(runtime: Runtime, healing: () => Healing | null): void {
  const report = (what: string, error: unknown): void => {
    runtime.log.error(`${what}: ${describe(error)}`);
    healing()?.mainError();
  };
  process.on('uncaughtException', (error) => report('uncaught exception in main', error));
  process.on('unhandledRejection', (reason) => report('unhandled promise rejection in main', reason));
}
