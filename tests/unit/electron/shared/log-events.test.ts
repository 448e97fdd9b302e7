import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  classifyLogLine,
  eventCreateArgs,
  journalLine,
  logEventTable,
} from '../../../../electron/shared/log-events';

describe('log event ids', () => {
  it.each([
    ['kiosk 0.1.0 starting; system log: journal', 'info', 100],
    ['kiosk stopping (staff exit), exit code 0', 'info', 101],
    ['refusing to start: --remote-debugging-port is not allowed', 'error', 110],
    ['healing: renderer gone (crashed); loading the start screen (failure 1 of 3 within 60 s)', 'warn', 201],
    [
      'healing: no heartbeat for 15 s (3 missed); crashing the renderer and loading the start screen (x)',
      'warn',
      202,
    ],
    ['healing: renderer gone (oom); 3 renderer failures within 60 s: relaunching the kiosk', 'warn', 203],
    [
      'healing: main process error; logged, the kiosk keeps running (failure 1 of 3 within 60 s)',
      'warn',
      200,
    ],
    ['healing: renderer responsive again', 'warn', 209],
    ['config idle_seconds: must be a number', 'warn', 301],
    ['config: THE KIOSK IS RUNNING ON THE LAST GOOD CONFIG (saved …)', 'warn', 300],
    ['config in effect: locales en, es', 'info', 302],
    ['config: /etc/k.json (from --config), sha256 none, 0 warning(s)', 'info', 303],
    [
      'config: /etc/k.json (from --config), sha256 ab, 1 warning(s), RUNNING ON THE LAST GOOD COPY x',
      'info',
      300,
    ],
    ['key blocked (alt-f4)', 'info', 401],
    ['uncaught exception in main: TypeError: x', 'error', 700],
    ['something new', 'info', 900],
    ['something new', 'warn', 901],
    ['something new', 'error', 902],
  ] as const)('%s (%s) → %i', (line, level, id) => {
    expect(classifyLogLine(line, level).id).toBe(id);
  });

  it('has unique ids within 1–1000 and kinds', () => {
    const table = logEventTable();
    expect(new Set(table.map((e) => e.id)).size).toBe(table.length);
    expect(new Set(table.map((e) => e.kind)).size).toBe(table.length);
    for (const event of table) expect(event.id).toBeGreaterThanOrEqual(1);
    for (const event of table) expect(event.id).toBeLessThanOrEqual(1000);
  });

  it('docs/deploy.md lists every event id with its kind', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../../docs/deploy.md'), 'utf8');
    for (const event of logEventTable())
      expect(doc).toMatch(new RegExp(`\\| ${event.id} +\\| \`${event.kind}\``));
  });

  it('formats journald lines with the syslog priority and the id', () => {
    expect(journalLine('warn', 'healing: renderer gone (crashed); loading the start screen')).toBe(
      '<4>[201] healing: renderer gone (crashed); loading the start screen\n',
    );
    expect(journalLine('error', 'boom')).toBe('<3>[902] boom\n');
    expect(journalLine('info', 'key blocked (f11)')).toBe('<6>[401] key blocked (f11)\n');
  });

  it('sends only Event Log kinds to eventcreate, with a capped text', () => {
    expect(eventCreateArgs('info', 'key blocked (f11)', 'S')).toBeNull();
    expect(eventCreateArgs('warn', 'config idle: bad', 'S')).toEqual([
      '/L',
      'APPLICATION',
      '/T',
      'WARNING',
      '/SO',
      'S',
      '/ID',
      '301',
      '/D',
      '[config-warning] config idle: bad',
    ]);
    const long = eventCreateArgs('error', 'x'.repeat(2000), 'S') ?? [];
    expect(long.at(-1)?.length).toBeLessThan(520);
  });
});
