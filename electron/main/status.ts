// Start-up step for status.json: gathers the facts from the app, the config and the usage store.
import { app } from 'electron';
import type { StatusFacts } from '../shared/kiosk-status';
import { hashFolder, startStatusFile } from './status-file';
import type { StatusWriter } from './status-file';
import type { SiteConfigSetup } from './site-config';
import type { UsageStore } from './usage-store';
import type { Runtime } from './runtime';

// Set by the main bundle's build (build/vite/main.config.ts) from `git rev-parse HEAD`; absent in tests.
declare const __KIOSK_BUILD_COMMIT__: string | undefined;

export function setupStatusFile(runtime: Runtime, config: SiteConfigSetup, usage: UsageStore): StatusWriter {
  const startedAt = new Date();
  const uiSha256 = hashFolder(runtime.rendererDir);
  const buildCommit =
    typeof __KIOSK_BUILD_COMMIT__ === 'string' && __KIOSK_BUILD_COMMIT__ !== ''
      ? __KIOSK_BUILD_COMMIT__
      : null;
  const facts = (state: 'running' | 'stopped'): StatusFacts => {
    const summary = usage.summary();
    return {
      now: new Date(),
      startedAt,
      state,
      appVersion: app.getVersion(),
      buildCommit,
      uiSha256,
      dataFolder: { path: runtime.data.path, scope: runtime.data.scope },
      config: {
        path: config.site.path,
        source: config.source,
        sha256: config.site.sha256,
        usedLastGood: config.site.usedLastGood,
        warnings: config.site.warnings,
        effective: config.site.config,
      },
      usage: {
        enabled: summary.enabled,
        lastVisitDay: summary.days.filter((day) => day.sessions > 0).at(-1)?.day ?? null,
        notice: summary.notice,
      },
    };
  };
  const writer = startStatusFile({ dir: runtime.data.path, facts, log: (line) => runtime.log.warn(line) });
  runtime.log.info(`status: ${writer.path} (rewritten every minute)`);
  app.on('will-quit', () => {
    writer.stop();
    writer.write('stopped');
  });
  return writer;
}
