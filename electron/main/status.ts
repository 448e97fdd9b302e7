// Start-up step for status.json: gathers the facts from the app, the config and the usage store.
import { app } from 'electron';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StatusFacts } from '../shared/kiosk-status';
import { emptyHealingReport } from '../shared/healing-tally';
import { parseManifestPages, REVIEW_DUE_WITHIN_DAYS, reviewsDue } from '../shared/review-dates';
import type { ManifestPage } from '../shared/review-dates';
import { localDay } from '../shared/usage-counts';
import type { Healing } from './healing';
import { hashFolder, startStatusFile } from './status-file';
import type { StatusWriter } from './status-file';
import type { SiteConfigSetup } from './site-config';
import type { UsageStore } from './usage-store';
import type { Runtime } from './runtime';

// Set by the main bundle's build (build/vite/main.config.ts) from `git rev-parse HEAD`; absent in tests.
declare const __KIOSK_BUILD_COMMIT__: string | undefined;

/** The build writes it beside the UI (build/content/manifest.ts). */
const CONTENT_MANIFEST = 'content-manifest.json';

/** The pages and review dates of the UI that is served; null (and one log line) when unreadable. */
function readManifestPages(runtime: Runtime): ManifestPage[] | null {
  const file = join(runtime.rendererDir, CONTENT_MANIFEST);
  let pages: ManifestPage[] | null;
  try {
    pages = parseManifestPages(readFileSync(file, 'utf8'));
  } catch {
    pages = null;
  }
  if (pages === null)
    runtime.log.warn(`status: ${file} is missing or not a content manifest; reviews_due is null`);
  return pages;
}

export function setupStatusFile(
  runtime: Runtime,
  config: SiteConfigSetup,
  usage: UsageStore,
  healing: () => Healing | null,
): StatusWriter {
  const startedAt = new Date();
  const pages = readManifestPages(runtime);
  const uiSha256 = hashFolder(runtime.rendererDir);
  const buildCommit =
    typeof __KIOSK_BUILD_COMMIT__ === 'string' && __KIOSK_BUILD_COMMIT__ !== ''
      ? __KIOSK_BUILD_COMMIT__
      : null;
  const facts = (state: 'running' | 'stopped'): StatusFacts => {
    const summary = usage.summary();
    const now = new Date();
    const ladder = healing();
    return {
      now,
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
      healing: ladder?.report() ?? emptyHealingReport(),
      lastHeartbeatAt: ladder?.lastHeartbeatAt() ?? null,
      // Review dates are calendar days where the kiosk stands, like the usage counts.
      reviewsDue:
        pages === null
          ? null
          : { withinDays: REVIEW_DUE_WITHIN_DAYS, pages: reviewsDue(pages, localDay(now)) },
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
