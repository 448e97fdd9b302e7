// `npm run content:check` as an educator runs it: exit code, table, issue blocks, summary line.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { GOOD_DIR, TODAY } from '../content/fixture.ts';

const run = promisify(execFile);
const tmp = mkdtempSync(join(tmpdir(), 'content-check-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function check(dir: string, ...extra: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('npx', [
      'tsx',
      'build/scripts/content-check.ts',
      `--dir=${dir}`,
      `--today=${TODAY}`,
      ...extra,
    ]);
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('content:check', () => {
  it('prints both tables and a summary, and exits 0 on good content', { timeout: 60_000 }, async () => {
    const { code, stdout } = await check(GOOD_DIR);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^loc page .* FK max\/med/m);
    expect(stdout).toMatch(/^loc page .* FH min\/med/m);
    expect(stdout.trim().split('\n').pop()).toMatch(/^10 pages, 20 cards, .* 0 errors, 0 warnings\.$/);
  });

  it('lists errors with file:line:column and a fix, and exits 1', { timeout: 60_000 }, async () => {
    const dir = join(tmp, 'bad');
    cpSync(GOOD_DIR, dir, { recursive: true });
    const page = join(dir, 'en/01-guide/01-welcome.md');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace('review_due: 2027-11-01', 'review_due: 2026-01-01'),
    );
    // Everyday: a loud warning, exit 0; --strict (as `npm run dist` runs it): an error, exit 1.
    const everyday = await check(dir);
    expect(everyday.code).toBe(0);
    expect(everyday.stdout).toMatch(/review-overdue\n {4}The review was due on 2026-01-01 .*refuses it\./);
    expect(everyday.stdout.trim().split('\n').pop()).toMatch(/0 errors, 1 warning\.$/);
    const { code, stdout } = await check(dir, '--strict');
    expect(code).toBe(1);
    expect(stdout).toContain('Errors (1), the build stops until they are fixed:');
    expect(stdout).toMatch(
      /bad\/en\/01-guide\/01-welcome\.md:\d+:13 {2}review-overdue\n {4}The review was due on 2026-01-01 .*\n {4}Fix: /,
    );
    expect(stdout.trim().split('\n').pop()).toMatch(/1 error, 0 warnings\.$/);
  });
});
