// 1,000 malformed config files and 1,000 malformed usage files, seeded (replay with BAD_FILES_SEED): truncated,
// bytes flipped, NUL bytes, huge, deeply nested, wrong encodings, wrong types. Each must leave the kiosk on safe
// values with a warning and lose no other data: the config loader falls back per key or to the last good copy
// (which garbage never overwrites); the usage store keeps a corrupt file aside and counts on.
import { afterAll, describe, expect, it } from 'vitest';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAST_GOOD_CONFIG_FILE, loadSiteConfig } from '../../../../electron/main/config-loader';
import { openUsageStore, USAGE_FILE_NAME } from '../../../../electron/main/usage-store';
import { validateConfig } from '../../../../electron/shared/config-validate';
import { parseUsageFile } from '../../../../electron/shared/usage-counts';
import { mulberry32 } from '../../../fixtures/seeded-random';

const SEED = Number(process.env.BAD_FILES_SEED ?? 20_261_201);
const COUNT = 1000;
const root = mkdtempSync(join(tmpdir(), 'kiosk-bad-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const GOOD_CONFIG = {
  care_team_phone: '555-0100',
  after_hours_phone: '555-0199',
  fever_threshold_f: 100.4,
  idle_seconds: 180,
  locales: ['en', 'es'],
};
const GOOD_CONFIG_TEXT = JSON.stringify(GOOD_CONFIG, null, 2);
const GOOD_USAGE_TEXT = JSON.stringify({
  version: 1,
  days: [
    {
      day: '2026-11-30',
      sessions: 3,
      toursFinished: 1,
      pageViews: { welcome: 2 },
      locales: { en: 2, es: 1 },
      textSizes: { '100': 3 },
      sessionLengths: { '<1m': 1, '1-3m': 2 },
    },
  ],
});

type Mutation = { name: string; bytes: Buffer; alwaysBroken: boolean };

/** One seeded malformation of `good` (a JSON text): what it did, the bytes, and whether no reader could accept it. */
function mutate(good: string, random: () => number): Mutation {
  const pick = (n: number): number => Math.floor(random() * n);
  const base = Buffer.from(good, 'utf8');
  switch (pick(10)) {
    case 0: {
      const at = 1 + pick(base.length - 2);
      return { name: `truncated at ${at}`, bytes: base.subarray(0, at), alwaysBroken: true };
    }
    case 1: {
      const copy = Buffer.from(base);
      const flips = 1 + pick(8);
      for (let i = 0; i < flips; i++) copy[pick(copy.length)] = pick(256);
      return { name: `${flips} bytes flipped`, bytes: copy, alwaysBroken: false };
    }
    case 2: {
      const at = pick(base.length);
      const nuls = Buffer.alloc(1 + pick(16));
      return {
        name: `NUL bytes at ${at}`,
        bytes: Buffer.concat([base.subarray(0, at), nuls, base.subarray(at)]),
        alwaysBroken: true,
      };
    }
    case 3: {
      const size = 64 * 1024 + 1 + pick(4 * 1024 * 1024);
      return {
        name: `huge (${size} bytes)`,
        bytes: Buffer.from(`{"x": "${'a'.repeat(size)}"}`),
        alwaysBroken: false,
      };
    }
    case 4: {
      const depth = 1000 + pick(200_000);
      return {
        name: `nested ${depth} deep`,
        bytes: Buffer.from(`{"locales": ${'['.repeat(depth)}${']'.repeat(depth)}}`),
        alwaysBroken: false,
      };
    }
    case 5:
      return {
        name: 'latin-1 text',
        bytes: Buffer.from(`${good.slice(0, -1)}, "é": "ñ"}`, 'latin1'),
        alwaysBroken: false,
      };
    case 6: {
      const le = Buffer.from(good, 'utf16le');
      return { name: 'UTF-16LE without a BOM', bytes: le, alwaysBroken: false };
    }
    case 7: {
      const junk = Buffer.alloc(1 + pick(2048));
      for (let i = 0; i < junk.length; i++) junk[i] = pick(256);
      return { name: `${junk.length} random bytes`, bytes: junk, alwaysBroken: false };
    }
    case 8: {
      // Every value swapped for a random JSON value of another kind.
      const values = [null, true, -1, 1e308, '', 'x'.repeat(5000), [], {}, [[[]]], { a: { b: {} } }];
      const data = JSON.parse(good) as Record<string, unknown>;
      for (const key of Object.keys(data)) data[key] = values[pick(values.length)];
      return {
        name: 'values of the wrong kind',
        bytes: Buffer.from(JSON.stringify(data)),
        alwaysBroken: false,
      };
    }
    default: {
      const wrappers = ['[', '"', 'null', '42', '{"a":', '\u{feff}\u{feff}', ''];
      const w = wrappers[pick(wrappers.length)];
      return { name: `not an object (${JSON.stringify(w)})`, bytes: Buffer.from(w), alwaysBroken: true };
    }
  }
}

describe(`bad config files (seed ${SEED}, replay with BAD_FILES_SEED)`, () => {
  it(`${COUNT} malformed files each leave safe values, a warning where broken, and the last good copy intact`, () => {
    const random = mulberry32(SEED);
    const dataDir = join(root, 'config-data');
    mkdirSync(dataDir, { recursive: true });
    const path = join(root, 'kiosk-config.json');
    // A good file first: it becomes the last good copy every broken file must fall back to, untouched.
    writeFileSync(path, GOOD_CONFIG_TEXT);
    const first = loadSiteConfig({ path, dataDir });
    expect(first.warnings).toEqual([]);
    const lastGood = readFileSync(join(dataDir, LAST_GOOD_CONFIG_FILE), 'utf8');
    const kinds = new Map<string, number>();
    type Run = {
      label: string;
      alwaysBroken: boolean;
      loaded: ReturnType<typeof loadSiteConfig>;
      keptText: string;
    };
    const runs: Run[] = [];
    for (let i = 0; i < COUNT; i++) {
      const m = mutate(GOOD_CONFIG_TEXT, random);
      const label = `#${i} ${m.name}`;
      const kind = m.name.replace(/\d+/g, 'N');
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      writeFileSync(path, m.bytes);
      const loaded = loadSiteConfig({ path, dataDir });
      // The values the kiosk runs on are always inside the schema: re-validating them finds nothing.
      expect(validateConfig(loaded.config).warnings, label).toEqual([]);
      // Garbage never replaces the last good copy.
      const keptText = readFileSync(join(dataDir, LAST_GOOD_CONFIG_FILE), 'utf8');
      expect(typeof JSON.parse(keptText), label).toBe('object');
      runs.push({ label, alwaysBroken: m.alwaysBroken, loaded, keptText });
    }
    // A file that is always broken always warns.
    const broken = runs.filter((run) => run.alwaysBroken);
    expect(broken.length).toBeGreaterThan(0);
    for (const run of broken) expect(run.loaded.warnings.length, run.label).toBeGreaterThan(0);
    // Running on the last good copy means its values, a warning, and the copy kept as it was.
    const onLastGood = runs.filter((run) => run.loaded.usedLastGood);
    const usedLastGood = onLastGood.length;
    for (const run of onLastGood) {
      expect(run.loaded.config, run.label).toEqual(first.config);
      expect(run.loaded.warnings.length, run.label).toBeGreaterThan(0);
      expect(run.keptText, run.label).toBe(lastGood);
    }
    console.log(
      `bad config files: ${COUNT} (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}); ${usedLastGood} ran on the last good copy`,
    );
    expect(usedLastGood).toBeGreaterThan(COUNT / 4);
  }, 120_000);
});

describe(`bad usage files (seed ${SEED})`, () => {
  it(`${COUNT} malformed files are kept aside or read in part, and counting goes on`, () => {
    const random = mulberry32(SEED + 1);
    let asideCount = 0;
    for (let i = 0; i < COUNT; i++) {
      const m = mutate(GOOD_USAGE_TEXT, random);
      const label = `#${i} ${m.name}`;
      const dir = join(root, `usage-${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, USAGE_FILE_NAME), m.bytes);
      const parsed = parseUsageFile(m.bytes.toString('utf8'));
      const store = openUsageStore({
        dir,
        enabled: true,
        now: () => new Date('2026-12-01T12:00:00'),
        schedule: () => () => {},
      });
      store.record({ type: 'visit:start' });
      expect(store.flush(), label).toBe(true);
      store.close();
      const aside = readdirSync(dir).filter((f) => f.startsWith('usage-counts.corrupt-'));
      // Nothing is lost: an unreadable or partly damaged file is kept byte for byte beside the fresh one.
      const damaged = !parsed.ok || parsed.droppedDays > 0;
      expect(aside, label).toHaveLength(damaged ? 1 : 0);
      expect(
        aside.map((name) => readFileSync(join(dir, name)).equals(m.bytes)),
        label,
      ).toEqual(damaged ? [true] : []);
      asideCount += aside.length;
      const now = parseUsageFile(readFileSync(join(dir, USAGE_FILE_NAME), 'utf8'));
      expect(now.ok, label).toBe(true);
      expect(now.ok && now.days.find((d) => d.day === '2026-12-01')?.sessions, label).toBe(1);
      expect(existsSync(join(dir, USAGE_FILE_NAME)), label).toBe(true);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`bad usage files: ${COUNT}; ${asideCount} kept aside as corrupt copies`);
    expect(asideCount).toBeGreaterThan(COUNT / 4);
  }, 120_000);
});
