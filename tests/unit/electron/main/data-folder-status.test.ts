import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, win32 } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseDataFolder } from '../../../../electron/main/data-folder';
import { hashFolder, startStatusFile } from '../../../../electron/main/status-file';
import { dataFolderCandidates } from '../../../../electron/shared/data-folder';
import { DEFAULT_CONFIG } from '../../../../electron/shared/config-schema';
import { buildStatus } from '../../../../electron/shared/kiosk-status';
import type { StatusFacts } from '../../../../electron/shared/kiosk-status';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-data-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('dataFolderCandidates', () => {
  it('Windows: ProgramData, then the per-user folder', () => {
    expect(
      dataFolderCandidates({
        platform: 'win32',
        env: { ProgramData: 'C:\\ProgramData' },
        userData: 'C:\\Users\\kiosk\\AppData\\Roaming\\ALL Chemo Guide',
        join: (...parts) => win32.join(...parts),
      }).map((c) => [c.path, c.scope]),
    ).toEqual([
      ['C:\\ProgramData\\ALL Chemo Guide', 'machine'],
      ['C:\\Users\\kiosk\\AppData\\Roaming\\ALL Chemo Guide', 'user'],
    ]);
  });
  it('Linux: KIOSK_DATA_DIR first, then /var/lib, then the per-user folder', () => {
    expect(
      dataFolderCandidates({
        platform: 'linux',
        env: { KIOSK_DATA_DIR: '/srv/k' },
        userData: '/home/k/.config/A',
        join: (...parts) => posix.join(...parts),
      }).map((c) => c.path),
    ).toEqual(['/srv/k', '/var/lib/all-chemo-kiosk', '/home/k/.config/A']);
  });
});

describe('chooseDataFolder', () => {
  it('takes the first writable candidate and says why the others were skipped', () => {
    const chosen = chooseDataFolder(join(dir, 'user'), {
      platform: 'linux',
      env: {},
      probe: (path) => (path === '/var/lib/all-chemo-kiosk' ? 'EACCES' : null),
    });
    expect(chosen).toMatchObject({
      path: join(dir, 'user'),
      scope: 'user',
      skipped: [{ path: '/var/lib/all-chemo-kiosk', reason: 'EACCES' }],
    });
  });
  it('really probes: a writable KIOSK_DATA_DIR is created and used', () => {
    const chosen = chooseDataFolder(join(dir, 'user'), {
      platform: 'linux',
      env: { KIOSK_DATA_DIR: join(dir, 'machine') },
    });
    expect(chosen).toMatchObject({ path: join(dir, 'machine'), scope: 'machine', from: 'KIOSK_DATA_DIR' });
    expect(readdirSync(join(dir, 'machine'))).toEqual([]);
  });
  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('a read-only folder falls back', () => {
    mkdirSync(join(dir, 'ro'));
    chmodSync(join(dir, 'ro'), 0o555);
    const chosen = chooseDataFolder(join(dir, 'user'), {
      platform: 'linux',
      env: { KIOSK_DATA_DIR: join(dir, 'ro') },
    });
    expect(chosen.skipped[0]).toMatchObject({ path: join(dir, 'ro'), reason: 'EACCES' });
  });
});

const facts = (state: 'running' | 'stopped' = 'running'): StatusFacts => ({
  now: new Date('2026-12-01T10:01:30Z'),
  startedAt: new Date('2026-12-01T10:00:00Z'),
  state,
  appVersion: '0.1.0',
  buildCommit: 'abc123',
  uiSha256: 'f'.repeat(64),
  dataFolder: { path: '/var/lib/all-chemo-kiosk', scope: 'machine' },
  config: {
    path: '/etc/all-chemo-kiosk/kiosk-config.json',
    source: '--config',
    sha256: 'e'.repeat(64),
    usedLastGood: false,
    warnings: [{ key: 'idle_secs', message: 'Unknown key "idle_secs" is ignored.' }],
    effective: { ...DEFAULT_CONFIG, staff_pin_hash: 'scrypt$16384$8$1$x$y', site_id: 'north' },
  },
  usage: { enabled: true, lastVisitDay: '2026-11-30', notice: null },
  healing: {
    counts: { recycle: 0, logged: 0, reload: 1, 'crash-reload': 0, relaunch: 0 },
    last_action: { rung: 'reload', reason: 'renderer gone (crashed)', at: '2026-12-01T10:01:00.000Z' },
    recent_failures: 1,
  },
  lastHeartbeatAt: '2026-12-01T10:01:25.000Z',
  reviewsDue: {
    withinDays: 60,
    pages: [
      {
        locale: 'en',
        page: 'fever',
        title: 'Fever',
        file: 'content/en/fever.md',
        review_due: '2026-11-30',
        state: 'overdue',
      },
    ],
  },
});

describe('buildStatus', () => {
  it('has the fields docs/deploy.md lists, and never the PIN hash', () => {
    const status = buildStatus(facts());
    expect(status).toMatchObject({
      schema: 1,
      state: 'running',
      uptime_seconds: 90,
      app_version: '0.1.0',
      build_commit: 'abc123',
      site_id: 'north',
      kiosk_id: null,
      config: { sha256: 'e'.repeat(64), warning_count: 1, staff_pin_set: true, using_last_good: false },
      usage: { last_visit_day: '2026-11-30', healthy: true },
      healing: { counts: { reload: 1 }, last_action: { rung: 'reload' }, recent_failures: 1 },
      last_heartbeat_at: '2026-12-01T10:01:25.000Z',
      reviews_due: { within_days: 60, count: 1, overdue: 1, pages: [{ page: 'fever', state: 'overdue' }] },
    });
    expect(buildStatus({ ...facts(), reviewsDue: null }).reviews_due).toBeNull();
    expect(JSON.stringify(status)).not.toContain('scrypt');
    const doc = readFileSync(join(import.meta.dirname, '../../../../docs/deploy.md'), 'utf8');
    for (const key of Object.keys(status)) expect(doc).toContain(`\`${key}`);
  });
});

describe('startStatusFile', () => {
  it('writes at once, atomically, and again on demand', () => {
    const writer = startStatusFile({ dir, facts, log: () => undefined, intervalMs: 3_600_000 });
    try {
      const first = JSON.parse(readFileSync(writer.path, 'utf8')) as { state: string };
      expect(first.state).toBe('running');
      expect(writer.write('stopped')).toBe(true);
      expect((JSON.parse(readFileSync(writer.path, 'utf8')) as { state: string }).state).toBe('stopped');
      expect(readdirSync(dir)).toEqual(['status.json']);
    } finally {
      writer.stop();
    }
  });
  it('a failed write is logged once, not every minute', () => {
    const lines: string[] = [];
    const writer = startStatusFile({
      dir: join(dir, 'missing', 'deeper'),
      facts,
      log: (l) => lines.push(l),
      intervalMs: 3_600_000,
    });
    writer.write('running');
    writer.stop();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/could not write/);
  });
});

describe('hashFolder', () => {
  it('changes when a file changes, null for an empty or missing folder', () => {
    writeFileSync(join(dir, 'a.js'), 'one');
    const before = hashFolder(dir);
    writeFileSync(join(dir, 'a.js'), 'two');
    expect(hashFolder(dir)).not.toBe(before);
    expect(hashFolder(join(dir, 'none'))).toBeNull();
  });
});
