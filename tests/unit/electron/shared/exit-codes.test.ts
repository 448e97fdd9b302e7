import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, isSupervised, restartPlan } from '../../../../electron/shared/exit-codes';

describe('exit codes', () => {
  it('are distinct', () => {
    const codes = Object.values(EXIT_CODES);
    expect(new Set(codes).size).toBe(codes.length);
  });
  it('supervised mode comes from --supervised or KIOSK_SUPERVISED=1', () => {
    expect(isSupervised(true, {})).toBe(true);
    expect(isSupervised(false, { KIOSK_SUPERVISED: '1' })).toBe(true);
    expect(isSupervised(false, { KIOSK_SUPERVISED: 'yes' })).toBe(false);
    expect(isSupervised(false, {})).toBe(false);
  });
  it('a restart relaunches unsupervised and exits 75 supervised', () => {
    expect(restartPlan(false)).toEqual({ relaunch: true, exitCode: 0 });
    expect(restartPlan(true)).toEqual({ relaunch: false, exitCode: 75 });
  });
  it('docs/deploy.md has a row for every code', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../../../docs/deploy.md'), 'utf8');
    for (const code of Object.values(EXIT_CODES)) expect(doc).toMatch(new RegExp(`\\| ${code} +\\|`));
  });
});
