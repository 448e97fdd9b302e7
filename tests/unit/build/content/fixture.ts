// Test helpers: the good fixture as an in-memory file map, and small edits to break it in one place.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileMap } from '../../../../build/content/types.ts';
import { compileContent, type CompileResult } from '../../../../build/content/compile.ts';

export const GOOD_DIR = fileURLToPath(new URL('../../../fixtures/content-good', import.meta.url));
export const TODAY = '2026-11-27';

function readAll(dir: string, rel = ''): [string, Uint8Array][] {
  return readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory()
      ? readAll(dir, r)
      : [[r, new Uint8Array(readFileSync(join(dir, r)))] as [string, Uint8Array]];
  });
}

const GOOD = readAll(GOOD_DIR);

export function good(): FileMap {
  return new Map(GOOD.map(([k, v]) => [k, v.slice()]));
}

const enc = new TextEncoder();
const dec = new TextDecoder();

export function text(files: FileMap, path: string): string {
  const b = files.get(path);
  if (!b) throw new Error(`fixture has no ${path}`);
  return dec.decode(b);
}

export function put(files: FileMap, path: string, content: string | Uint8Array): FileMap {
  files.set(path, typeof content === 'string' ? enc.encode(content) : content);
  return files;
}

/** Replace `from` (must occur) with `to` in one file. */
export function edit(files: FileMap, path: string, from: string | RegExp, to: string): FileMap {
  const before = text(files, path);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`edit did not change ${path}: ${String(from)}`);
  return put(files, path, after);
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(files: FileMap, path: string, needle: string): number {
  const i = text(files, path)
    .split(/\r?\n/)
    .findIndex((l) => l.includes(needle));
  if (i === -1) throw new Error(`${needle} not in ${path}`);
  return i + 1;
}

export function compile(files: FileMap): Promise<CompileResult> {
  return compileContent(files, { today: TODAY });
}

export const EN_WELCOME = 'en/01-guide/01-welcome.md';
export const EN_MARROW = 'en/01-guide/02-marrow.md';
export const EN_MOUTH = 'en/02-side-effects/01-mouth-sores.md';
export const EN_CALL = 'en/03-reference/01-call-now.md';
export const EN_QUESTIONS = 'en/03-reference/02-questions.md';
export const EN_GLOSSARY = 'en/glossary.yaml';
export const ES_WELCOME = 'es/01-guide/01-welcome.md';
export const ES_MARROW = 'es/01-guide/02-marrow.md';
export const ES_MOUTH = 'es/02-side-effects/01-mouth-sores.md';
export const ES_CALL = 'es/03-reference/01-call-now.md';
export const ES_GLOSSARY = 'es/glossary.yaml';
