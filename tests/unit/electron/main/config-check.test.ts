import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CHECK_OK,
  CHECK_PROBLEMS,
  CHECK_UNUSABLE,
  runConfigCheck,
} from '../../../../electron/main/config-check';
import { verifyPin } from '../../../../electron/main/staff-pin';
import { adminCommandFrom } from '../../../../electron/shared/admin-command';
import { validateConfig } from '../../../../electron/shared/config-validate';

const root = resolve(import.meta.dirname, '../../../..');
const fixtures = join(root, 'tests/fixtures/configs');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kiosk-check-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (path: string): { code: number; lines: string[] } => {
  const lines: string[] = [];
  const code = runConfigCheck(path, (line) => lines.push(line));
  return { code, lines };
};

describe('runConfigCheck', () => {
  it('a good file: exit 0 and what takes effect', () => {
    const { code, lines } = run(join(fixtures, 'good-full.json'));
    expect(code).toBe(CHECK_OK);
    expect(lines.at(-1)).toMatch(/OK\. In effect: locales en, es/);
  });
  it('bad keys: exit 1, one problem each with line, column and fix', () => {
    const { code, lines } = run(join(fixtures, 'bad-values.json'));
    expect(code).toBe(CHECK_PROBLEMS);
    const text = lines.join('\n');
    expect(text).toMatch(
      /bad-values\.json:2:19: idle_seconds: idle_seconds is 5; .*\n {4}fix: Set idle_seconds/,
    );
    expect(text).toMatch(/bad-values\.json:3:22: care_team_phone: /);
    expect(text).toMatch(/bad-values\.json:4:18: hide_cursor: /);
    expect(lines.at(-1)).toMatch(/3 problem\(s\)/);
  });
  it('a trailing comma: exit 2, where, and the fix', () => {
    const { code, lines } = run(join(fixtures, 'bad-trailing-comma.json'));
    expect(code).toBe(CHECK_UNUSABLE);
    expect(lines[0]).toMatch(
      /bad-trailing-comma\.json:4:1: \(file\): The file is not valid JSON at line 4, column 1/,
    );
    expect(lines[0]).toMatch(/fix: Remove the comma just before it/);
  });
  it('a missing file: exit 2', () => {
    expect(run(join(dir, 'none.json')).code).toBe(CHECK_UNUSABLE);
  });
});

describe('adminCommandFrom', () => {
  it.each<[string[], ReturnType<typeof adminCommandFrom>]>([
    [['kiosk'], null],
    [['kiosk', '--check-config', '/etc/k.json'], { kind: 'check-config', path: '/etc/k.json' }],
    [['kiosk', '--check-config=C:\\k.json'], { kind: 'check-config', path: 'C:\\k.json' }],
    [['kiosk', '--hash-pin'], { kind: 'hash-pin' }],
    [
      ['kiosk', '--check-config'],
      { kind: 'usage-error', message: expect.stringMatching(/--check-config PATH/) as string },
    ],
    [['kiosk', '--', '--hash-pin'], null],
  ])('%j', (argv, expected) => {
    expect(adminCommandFrom(argv)).toEqual(expected);
  });
});

describe('npm run config:check (the real script)', () => {
  it('exits with the worst code over several files', () => {
    const result = spawnSync(
      join(root, 'node_modules/.bin/tsx'),
      [
        'build/scripts/config-check.ts',
        join(fixtures, 'good-empty.json'),
        join(fixtures, 'bad-unknown-key.json'),
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status).toBe(CHECK_PROBLEMS);
    expect(result.stdout).toMatch(
      /bad-unknown-key\.json:1:3: idle_secs: Unknown key "idle_secs" is ignored; did you mean "idle_seconds"\?/,
    );
  }, 60_000);
});

describe('the Python one-liner in docs/deploy.md', () => {
  const doc = readFileSync(join(root, 'docs/deploy.md'), 'utf8');
  const line = /<!-- pin-python -->\n+```(?:sh|bash|text)?\n(python3? -c .+)\n```/.exec(doc)?.[1];
  it('is in the guide', () => {
    expect(line).toBeDefined();
  });
  const python = spawnSync('python3', ['--version']).status === 0;
  it.skipIf(!python)(
    'makes a hash the validator accepts and the kiosk verifies (python3 stdlib only)',
    () => {
      const code = /-c "(.+)"$/.exec(line ?? '')?.[1] ?? '';
      const result = spawnSync('python3', ['-c', code], { input: '482913\n482913\n', encoding: 'utf8' });
      expect(result.status).toBe(0);
      const hash = result.stdout.trim();
      expect(validateConfig({ staff_pin_hash: hash })).toMatchObject({
        warnings: [],
        config: { staff_pin_hash: hash },
      });
      expect(verifyPin('482913', hash)).toBe(true);
      expect(verifyPin('482914', hash)).toBe(false);
      const short = spawnSync('python3', ['-c', code], { input: '1234\n1234\n', encoding: 'utf8' });
      expect(short.status).not.toBe(0);
      expect(short.stdout).toBe('');
    },
  );
});
