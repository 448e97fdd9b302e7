// Content fuzz (issue 7): 1,000+ malformed content trees, each a seeded mutation of the good fixture, must all
// end in success or a clean list of issues (file, line, column, rule, message, hint) — never a throw, never the
// compiler's own "internal-error". Reproduce one failure with CONTENT_FUZZ_SEED=<seed> CONTENT_FUZZ_RUNS=1.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileContent, type CompileResult } from '../../../build/content/compile.ts';
import { readTree } from '../../../build/content/read-tree.ts';
import type { FileMap } from '../../../build/content/types.ts';
import { treeProblem } from './content/card-tree-helpers.ts';
import { TODAY, good } from './content/fixture.ts';
import { mulberry32 } from '../../fixtures/seeded-random.ts';

const BASE_SEED = Number(process.env.CONTENT_FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.CONTENT_FUZZ_RUNS ?? 1000);
/** Every Nth tree also goes through the disk reader in a temp dir. */
const DISK_EVERY = 20;

const enc = new TextEncoder();
const dec = new TextDecoder();

const ODD_TEXT = [
  '\u00a0',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\u0000',
  '\u0007',
  '\ufffd',
  '😀',
  'e\u0301',
  '\u2028',
  '<script>alert(1)</script>',
  '<b>',
  '&nbsp;',
  '**',
  '*',
  '_',
  '`',
  '```',
  '[[',
  ']]',
  '[[nope]]',
  '[[a|b|c]]',
  '{{',
  '}}',
  '{{fever_f}}',
  '{{nope}}',
  '[x](',
  '[x](nowhere)',
  '[x](https://e.com)',
  '![i](x.png)',
  '\n\n![A nurse takes a temperature](nurse)\n\n',
  '\n\n![](nurse)\n\n',
  '\n\n![Picture of a nurse](nurse)\n\n',
  '![A nurse](nurse)',
  'Dr. ',
  'e.g. ',
  'EE. UU. ',
  'p. ej. ',
  '100.4. ',
  '38,0 ',
  '¿Qué? ',
  '¡Ya! ',
  '**Bold. Two** ',
  '## ',
  '## X {#x}',
  '## {#}',
  '### h',
  '---',
  '| a | b |',
  '> q',
  '    code',
  '- ',
  '1. ',
  '\\',
  ': ',
  '- [',
  '&a',
  '*a',
  '!!binary',
  '%YAML',
  '{',
  '[',
  '"',
  "'",
  '#',
  '\t',
  '\r',
  '\n\n',
  'https://x.y',
  'www.x.y',
];

type Mutation = (files: FileMap, rnd: () => number, log: string[]) => void;

const pick = <T>(rnd: () => number, list: readonly T[]): T => list[Math.floor(rnd() * list.length)];
const anyFile = (files: FileMap, rnd: () => number): string | null => {
  const keys = [...files.keys()];
  return keys.length ? pick(rnd, keys) : null;
};
const asText = (b: Uint8Array): string => dec.decode(b);

const MUTATIONS: Record<string, Mutation> = {
  truncate(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const b = files.get(f) as Uint8Array;
    const at = Math.floor(rnd() * b.length);
    files.set(f, b.slice(0, at));
    log.push(`truncate ${f} at ${at}`);
  },
  byteFlip(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const b = (files.get(f) as Uint8Array).slice();
    if (b.length === 0) return;
    const at = Math.floor(rnd() * b.length);
    b[at] = Math.floor(rnd() * 256);
    files.set(f, b);
    log.push(`byteFlip ${f}[${at}]=${b[at]}`);
  },
  deleteLine(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const lines = asText(files.get(f) as Uint8Array).split('\n');
    const at = Math.floor(rnd() * lines.length);
    lines.splice(at, 1);
    files.set(f, enc.encode(lines.join('\n')));
    log.push(`deleteLine ${f}:${at + 1}`);
  },
  duplicateLine(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const lines = asText(files.get(f) as Uint8Array).split('\n');
    const at = Math.floor(rnd() * lines.length);
    lines.splice(at, 0, lines[at] ?? '');
    files.set(f, enc.encode(lines.join('\n')));
    log.push(`duplicateLine ${f}:${at + 1}`);
  },
  swapFrontMatterValues(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const lines = asText(files.get(f) as Uint8Array).split('\n');
    const kv = lines.map((l, i) => ({ l, i })).filter(({ l }) => /^\s*-?\s*[a-z_]+: /.test(l));
    if (kv.length < 2) return;
    const a = pick(rnd, kv);
    const b = pick(rnd, kv);
    const va = a.l.slice(a.l.indexOf(': ') + 2);
    const vb = b.l.slice(b.l.indexOf(': ') + 2);
    lines[a.i] = a.l.slice(0, a.l.indexOf(': ') + 2) + vb;
    lines[b.i] = b.l.slice(0, b.l.indexOf(': ') + 2) + va;
    files.set(f, enc.encode(lines.join('\n')));
    log.push(`swapValues ${f}:${a.i + 1}<->${b.i + 1}`);
  },
  randomUnicode(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const t = asText(files.get(f) as Uint8Array);
    const at = Math.floor(rnd() * (t.length + 1));
    const piece = rnd() < 0.6 ? pick(rnd, ODD_TEXT) : String.fromCodePoint(Math.floor(rnd() * 0x2ffff));
    files.set(f, enc.encode(t.slice(0, at) + piece + t.slice(at)));
    log.push(`insert ${JSON.stringify(piece)} into ${f} at ${at}`);
  },
  replaceWord(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const t = asText(files.get(f) as Uint8Array);
    const words = [...t.matchAll(/[\p{L}_-]+/gu)];
    if (!words.length) return;
    const w = pick(rnd, words);
    const to = pick(rnd, [
      '',
      'guide',
      'side-effect',
      'call-now',
      'questions',
      'null',
      '~',
      '[]',
      '{}',
      '2020-01-01',
      'what',
      'help',
      'x'.repeat(40),
    ]);
    files.set(f, enc.encode(t.slice(0, w.index) + to + t.slice((w.index ?? 0) + w[0].length)));
    log.push(`replace "${w[0]}" in ${f} with "${to}"`);
  },
  deleteFile(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    files.delete(f);
    log.push(`delete ${f}`);
  },
  renameFile(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const b = files.get(f) as Uint8Array;
    files.delete(f);
    const name = f.split('/').pop() as string;
    const to = pick(rnd, [
      f.replace(/\.md$/, '.txt'),
      f.replace(/\.md$/, '.MD'),
      f.replace(/^en\//, 'es/'),
      f.replace(/^es\//, 'en/'),
      f.replace(/^(en|es)\//, 'fr/'),
      name,
      `en/.${name}`,
      f.replace(/\d\d-/, '99-'),
      f.replace(/\d\d-/, ''),
      f.replace(/[a-z]+\.md$/, 'Bad Name.md'),
      `en/01-guide/${name}`,
      `es/deep/er/${name}`,
    ]);
    files.set(to, b);
    log.push(`rename ${f} -> ${to}`);
  },
  copyAcrossFiles(files, rnd, log) {
    const a = anyFile(files, rnd);
    const b = anyFile(files, rnd);
    if (!a || !b) return;
    const la = asText(files.get(a) as Uint8Array).split('\n');
    const lb = asText(files.get(b) as Uint8Array).split('\n');
    const line = pick(rnd, la);
    lb.splice(Math.floor(rnd() * (lb.length + 1)), 0, line);
    files.set(b, enc.encode(lb.join('\n')));
    log.push(`copy line "${line.slice(0, 30)}" from ${a} into ${b}`);
  },
  crlfAndBom(files, rnd, log) {
    const f = anyFile(files, rnd);
    if (!f) return;
    const t = asText(files.get(f) as Uint8Array).replace(/\n/g, rnd() < 0.5 ? '\r\n' : '\r');
    files.set(f, enc.encode((rnd() < 0.5 ? '\ufeff' : '') + t));
    log.push(`crlf/bom ${f}`);
  },
};

function checkClean(r: CompileResult): string | null {
  for (const i of [...r.errors, ...r.warnings]) {
    if (typeof i.file !== 'string' || i.file === '') return `issue without a file: ${JSON.stringify(i)}`;
    if (!Number.isInteger(i.line) || i.line < 1) return `bad line: ${JSON.stringify(i)}`;
    if (!Number.isInteger(i.column) || i.column < 1) return `bad column: ${JSON.stringify(i)}`;
    if (!/^[a-z0-9-]+$/.test(i.rule)) return `bad rule: ${JSON.stringify(i)}`;
    if (!i.message || !i.hint) return `issue without message or hint: ${JSON.stringify(i)}`;
    if (i.rule === 'internal-error') return `internal error: ${i.file}:${i.line} ${i.message}`;
  }
  // A tree that compiled must hold every card-tree invariant (shapes, no markup in text, sentence ids 1..n).
  if (r.errors.length === 0) return treeProblem(r.content);
  return null;
}

function writeTree(dir: string, files: FileMap): void {
  for (const [rel, bytes] of files) {
    // The disk cannot hold every mutated name (e.g. "a/b" clashing with file "a"): skip what cannot be written.
    try {
      mkdirSync(dirname(join(dir, rel)), { recursive: true });
      writeFileSync(join(dir, rel), bytes);
    } catch {
      files.delete(rel);
    }
  }
}

const tmpRoot = mkdtempSync(join(tmpdir(), 'content-fuzz-'));
afterAll(() => rmSync(tmpRoot, { recursive: true, force: true }));

describe('content fuzz', () => {
  it(`compiles ${RUNS} mutated trees to success or clean errors`, { timeout: 300_000 }, async () => {
    const names = Object.keys(MUTATIONS);
    const rules = new Set<string>();
    let failed = 0;
    let clean = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    for (let run = 0; run < RUNS; run++) {
      const seed = BASE_SEED + run;
      const rnd = mulberry32(seed);
      let files = good();
      // One picture in the tree, so `![…](nurse)` can compile and its node reach the invariants.
      files.set('pictures/nurse.svg', enc.encode('<svg xmlns="http://www.w3.org/2000/svg"/>'));
      const log: string[] = [];
      const count = 1 + Math.floor(rnd() * 3);
      for (let m = 0; m < count; m++) {
        const name = pick(rnd, names);
        MUTATIONS[name](files, rnd, log);
      }
      let problem: string | null;
      try {
        if (run % DISK_EVERY === 0) {
          const dir = join(tmpRoot, String(seed));
          writeTree(dir, files);
          files = await readTree(dir);
        }
        const r = await compileContent(files, { today: TODAY });
        problem = checkClean(r);
        for (const e of r.errors) rules.add(e.rule);
        if (r.errors.length === 0) clean++;
      } catch (error) {
        problem = `threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      }
      if (problem) {
        failed++;
        console.error(
          `content fuzz seed ${seed} (CONTENT_FUZZ_SEED=${seed} CONTENT_FUZZ_RUNS=1): ${problem}\n  mutations: ${log.join('; ')}`,
        );
      }
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const used = process.cpuUsage(cpu);
    const cpuSeconds = ((used.user + used.system) / 1e6).toFixed(1);
    console.log(
      `content fuzz: ${RUNS} trees from seed ${BASE_SEED} in ${seconds} s wall, ${cpuSeconds} s CPU; ${clean} compiled clean, ${RUNS - clean} with errors; ${rules.size} distinct rules hit`,
    );
    expect(failed).toBe(0);
    // The mutations must actually break things, in many different ways.
    if (RUNS >= 1000) {
      expect(RUNS - clean).toBeGreaterThan(RUNS / 2);
      expect(rules.size).toBeGreaterThan(25);
    }
  });
});
