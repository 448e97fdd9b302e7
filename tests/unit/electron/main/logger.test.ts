import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, formatLine, rotationPlan } from '../../../../electron/main/logger';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-logs-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const fixed = (): Date => new Date('2025-01-02T03:04:05.000Z');

describe('rotationPlan', () => {
  it('drops the oldest and shifts the rest up by one', () => {
    expect(rotationPlan(3)).toEqual({
      remove: 'kiosk.log.2',
      renames: [
        ['kiosk.log.1', 'kiosk.log.2'],
        ['kiosk.log', 'kiosk.log.1'],
      ],
    });
  });
  it('with one file kept, the current file is simply replaced', () => {
    expect(rotationPlan(1)).toEqual({ remove: 'kiosk.log', renames: [] });
  });
});

describe('formatLine', () => {
  it('puts time and level first and flattens the message to one line', () => {
    expect(formatLine(fixed(), 'warn', 'a\nb\r\nc')).toBe('2025-01-02T03:04:05.000Z WARN  a b c\n');
  });
  it('caps long messages', () => {
    const line = formatLine(fixed(), 'info', 'x'.repeat(5000));
    expect(line.length).toBeLessThan(1100);
  });
});

describe('createLogger', () => {
  it('creates the folder and appends lines', () => {
    const logs = join(dir, 'nested', 'logs');
    const log = createLogger({ dir: logs, now: fixed });
    log.info('one');
    log.error('two');
    const text = readFileSync(join(logs, 'kiosk.log'), 'utf8');
    expect(text).toBe('2025-01-02T03:04:05.000Z INFO  one\n2025-01-02T03:04:05.000Z ERROR two\n');
  });

  it('rotates at the size cap and keeps at most N files', () => {
    const log = createLogger({ dir, maxBytes: 200, keepFiles: 3, now: fixed });
    for (let i = 0; i < 40; i++) log.info(`line ${String(i).padStart(3, '0')} ${'.'.repeat(40)}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['kiosk.log', 'kiosk.log.1', 'kiosk.log.2']);
    for (const f of files) expect(statSync(join(dir, f)).size).toBeLessThanOrEqual(200);
    // Newest lines are in kiosk.log, the ones just before in .1.
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toContain('line 039');
    expect(readFileSync(join(dir, 'kiosk.log.1'), 'utf8')).not.toContain('line 039');
    expect(readFileSync(join(dir, 'kiosk.log.2'), 'utf8')).not.toContain('line 000');
  });

  it('counts the size of a file left by an earlier run', () => {
    createLogger({ dir, maxBytes: 120, now: fixed }).info('x'.repeat(80));
    createLogger({ dir, maxBytes: 120, now: fixed }).info('y'.repeat(80));
    expect(existsSync(join(dir, 'kiosk.log.1'))).toBe(true);
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8')).toContain('yyy');
  });
});

describe('repeated lines', () => {
  it('a mashed key writes 5 lines a minute and one summary, not one line per press', () => {
    let t = Date.parse('2025-01-02T03:04:05.000Z');
    const log = createLogger({ dir, now: () => new Date(t) });
    for (let i = 0; i < 500; i++) {
      log.warn('key blocked: F12');
      log.warn('key blocked: Alt+F4');
      t += 100;
    }
    log.error('a real error');
    t += 60_000;
    log.info('next minute');
    const lines = readFileSync(join(dir, 'kiosk.log'), 'utf8').trimEnd().split('\n');
    const plain = lines.filter((l) => !l.includes('held back'));
    expect(plain.filter((l) => l.includes('key blocked: F12'))).toHaveLength(5);
    expect(plain.filter((l) => l.includes('key blocked: Alt+F4'))).toHaveLength(5);
    expect(lines.some((l) => l.includes('a real error'))).toBe(true);
    const summary = lines.filter((l) => l.includes('held back'));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatch(/990 repeated line\(s\) of 2 kind\(s\)/);
    expect(lines.at(-1)).toMatch(/next minute$/);
  });
  it('errors are never held back', () => {
    const log = createLogger({ dir, now: fixed });
    for (let i = 0; i < 20; i++) log.error('disk full');
    expect(readFileSync(join(dir, 'kiosk.log'), 'utf8').trimEnd().split('\n')).toHaveLength(20);
  });
});
