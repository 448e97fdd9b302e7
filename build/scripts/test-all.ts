// `npm test`: every suite that verifies the product, in order, each run even when an earlier one failed,
// then one closing line `total: N passed, N failed, N skipped` that sums them all (CI reads that line).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

type Counts = { passed: number; failed: number; skipped: number };
type Step = {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Reads the suite's own report; without it the step counts as one check passed or failed by exit code. */
  report?: { file: string; read: (json: unknown) => Counts };
  /** A clean exit without its report means the suite skipped itself (said so in its output): count a skip. */
  noReportIsSkip?: boolean;
};

// Absolute: Playwright resolves a relative report path against its config's folder, not the working directory.
const results = resolve('test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
type PlaywrightReport = { stats: { expected: number; unexpected: number; skipped: number; flaky: number } };

const readVitest = (json: unknown): Counts => {
  const r = json as VitestReport;
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
};
const readPlaywright = (json: unknown): Counts => {
  const s = (json as PlaywrightReport).stats;
  // A test that only passed on retry is not a pass: retries are off, but count it as failed if it happens.
  return { passed: s.expected, failed: s.unexpected + s.flaky, skipped: s.skipped };
};

const steps: Step[] = [
  { name: 'check (lint, format, types)', command: ['npm', 'run', '--silent', 'check'] },
  { name: 'build', command: ['npm', 'run', '--silent', 'build'] },
  { name: 'content check', command: ['npm', 'run', '--silent', 'content:check'] },
  {
    name: 'unit tests',
    command: [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${results}/unit.json`,
    ],
    report: { file: `${results}/unit.json`, read: readVitest },
  },
  {
    // The built main process in Node against a typed fake Electron (tests/harness/).
    name: 'main-process harness',
    command: [
      'npx',
      'vitest',
      'run',
      '-c',
      'tests/harness/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${results}/harness.json`,
    ],
    report: { file: `${results}/harness.json`, read: readVitest },
  },
  { name: 'electronegativity', command: ['npm', 'run', '--silent', 'test:security'] },
  {
    name: 'end-to-end (Chromium)',
    command: ['npx', 'playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', '--reporter=list,json'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/e2e.json` },
    report: { file: `${results}/e2e.json`, read: readPlaywright },
  },
  {
    // Packs the unpacked app against a stand-in Electron and audits app.asar; reports the fuses as skipped.
    name: 'packaging (dist:check)',
    command: ['npx', 'tsx', 'build/scripts/dist-check.ts'],
    env: { KIOSK_DIST_CHECK_REPORT: `${results}/dist-check.json` },
    report: { file: `${results}/dist-check.json`, read: (json) => json as Counts },
  },
  {
    name: 'Electron end-to-end',
    command: ['npm', 'run', '--silent', 'test:electron'],
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: `${results}/electron.json` },
    report: { file: `${results}/electron.json`, read: readPlaywright },
    noReportIsSkip: true,
  },
];

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];

for (const step of steps) {
  console.log(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const [cmd, ...args] = step.command;
  const run = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const ok = run.status === 0;
  let counts: Counts;
  if (step.report && existsSync(step.report.file)) {
    counts = step.report.read(JSON.parse(readFileSync(step.report.file, 'utf8')));
    // A runner that exits non-zero with no failed test (a crash, a config error) still fails the step.
    if (!ok && counts.failed === 0) counts.failed = 1;
  } else if (ok && step.noReportIsSkip) {
    counts = { passed: 0, failed: 0, skipped: 1 };
  } else {
    counts = { passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'}  ${step.name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  );
}

console.log('\n━━ summary');
for (const line of lines) console.log(line);
console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 ? 0 : 1);
