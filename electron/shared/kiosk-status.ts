// status.json: one small file per kiosk that device management (Intune Remediations, Ansible, a cron job)
// reads to see that the kiosk is healthy, without a network. Pure: main gathers the facts and writes the
// result atomically every minute. Nothing about visitors beyond the day of the last visit.
import type { ConfigWarning, KioskConfig } from './config-schema';
import type { HealingReport } from './healing-tally';
import type { ReviewDue } from './review-dates';

export const STATUS_FILE_NAME = 'status.json';
const STATUS_SCHEMA_VERSION = 1;
export const STATUS_INTERVAL_MS = 60_000;

export type StatusFacts = {
  now: Date;
  startedAt: Date;
  /** running: rewritten every minute; stopped: the last write, at a clean quit. */
  state: 'running' | 'stopped';
  appVersion: string;
  /** Git commit the app was built from; null when the build did not record one. */
  buildCommit: string | null;
  /** sha256 over the built UI files (which hold all content); null when they could not be read. */
  uiSha256: string | null;
  dataFolder: { path: string; scope: 'machine' | 'user' };
  config: {
    path: string | null;
    source: string;
    sha256: string | null;
    usedLastGood: boolean;
    warnings: ConfigWarning[];
    effective: KioskConfig;
  };
  usage: { enabled: boolean; lastVisitDay: string | null; notice: string | null };
  healing: HealingReport;
  /** Wall-clock time of the UI's last heartbeat; null before the first. */
  lastHeartbeatAt: string | null;
  /** Pages due for review; null when the build's content manifest could not be read. */
  reviewsDue: { withinDays: number; pages: ReviewDue[] } | null;
};

/** The document written to status.json (snake_case keys, as PowerShell and jq users expect). */
export type KioskStatus = {
  schema: number;
  state: 'running' | 'stopped';
  written_at: string;
  started_at: string;
  uptime_seconds: number;
  app_version: string;
  build_commit: string | null;
  ui_sha256: string | null;
  data_folder: string;
  data_folder_scope: 'machine' | 'user';
  site_id: string | null;
  kiosk_id: string | null;
  config: {
    path: string | null;
    source: string;
    sha256: string | null;
    using_last_good: boolean;
    warning_count: number;
    warnings: ConfigWarning[];
    locales: KioskConfig['locales'];
    fever_threshold_f: number;
    staff_pin_set: boolean;
  };
  usage: { enabled: boolean; last_visit_day: string | null; healthy: boolean; notice: string | null };
  healing: HealingReport;
  last_heartbeat_at: string | null;
  reviews_due: { within_days: number; count: number; overdue: number; pages: ReviewDue[] } | null;
};

export function buildStatus(facts: StatusFacts): KioskStatus {
  const { config } = facts;
  return {
    schema: STATUS_SCHEMA_VERSION,
    state: facts.state,
    written_at: facts.now.toISOString(),
    started_at: facts.startedAt.toISOString(),
    uptime_seconds: Math.max(0, Math.round((facts.now.getTime() - facts.startedAt.getTime()) / 1000)),
    app_version: facts.appVersion,
    build_commit: facts.buildCommit,
    ui_sha256: facts.uiSha256,
    data_folder: facts.dataFolder.path,
    data_folder_scope: facts.dataFolder.scope,
    site_id: config.effective.site_id,
    kiosk_id: config.effective.kiosk_id,
    config: {
      path: config.path,
      source: config.source,
      sha256: config.sha256,
      using_last_good: config.usedLastGood,
      warning_count: config.warnings.length,
      warnings: config.warnings,
      locales: config.effective.locales,
      fever_threshold_f: config.effective.fever_threshold_f,
      staff_pin_set: config.effective.staff_pin_hash !== null,
    },
    usage: {
      enabled: facts.usage.enabled,
      last_visit_day: facts.usage.lastVisitDay,
      healthy: facts.usage.notice === null,
      notice: facts.usage.notice,
    },
    healing: facts.healing,
    last_heartbeat_at: facts.lastHeartbeatAt,
    reviews_due:
      facts.reviewsDue === null
        ? null
        : {
            within_days: facts.reviewsDue.withinDays,
            count: facts.reviewsDue.pages.length,
            overdue: facts.reviewsDue.pages.filter((page) => page.state === 'overdue').length,
            pages: facts.reviewsDue.pages,
          },
  };
}
