// The content:check report: a per-locale page table (kept within 110 columns), issue blocks and a summary line.
import type { Locale, Page } from '../../electron/shared/content-types.ts';
import { LOCALE_PROFILES, type ReadabilityKind } from './locale-registry.ts';
import { infleszLabel } from './readability-es.ts';
import type { ContentIssue } from './types.ts';

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

const fmt = (n: number | null): string => (n === null ? '–' : n.toFixed(1));
const pad = (s: string, w: number): string => (s.length > w ? s.slice(0, w - 1) + '…' : s.padEnd(w));
const lpad = (s: string, w: number): string => s.padStart(w);

function gradePair(values: (number | null)[], pick: 'max' | 'min'): string {
  const v = values.filter((x): x is number => x !== null);
  if (v.length === 0) return '–';
  const edge = pick === 'max' ? Math.max(...v) : Math.min(...v);
  return `${fmt(edge)}/${fmt(median(v))}`;
}

type PageTable = { head: (idW: number) => string; row: (p: Page, idW: number) => string };

/** The page table's columns for each way of grading (the registry says which one a locale uses). */
const PAGE_TABLES: Record<ReadabilityKind, PageTable> = {
  'english-grades': {
    head: (idW) =>
      `${pad('loc', 3)} ${pad('page', idW)} ${lpad('cards', 5)} ${lpad('words', 5)} ${lpad('FK max/med', 11)} ${lpad('SMOG max/med', 12)} ${lpad('CL max/med', 11)} ${lpad('src', 3)} ${pad('checked', 10)} ${pad('review due', 10)}`,
    row: (p, idW) => {
      const words = p.cards.reduce((n, c) => n + c.words, 0);
      return `${pad(p.locale, 3)} ${pad(p.id, idW)} ${lpad(String(p.cards.length), 5)} ${lpad(String(words), 5)} ${lpad(
        gradePair(
          p.cards.map((c) => c.grades.fleschKincaid),
          'max',
        ),
        11,
      )} ${lpad(
        gradePair(
          p.cards.map((c) => c.grades.smog),
          'max',
        ),
        12,
      )} ${lpad(
        gradePair(
          p.cards.map((c) => c.grades.colemanLiau),
          'max',
        ),
        11,
      )} ${lpad(String(p.sources.length), 3)} ${pad(p.factsChecked, 10)} ${pad(p.reviewDue, 10)}`;
    },
  },
  'spanish-inflesz': {
    head: (idW) =>
      `${pad('loc', 3)} ${pad('page', idW)} ${lpad('cards', 5)} ${lpad('words', 5)} ${lpad('FH min/med', 10)} ${lpad('INFLESZ', 10)} ${pad('label of min', 14)} ${lpad('src', 3)} ${pad('checked', 10)} ${pad('review due', 10)} ${pad('status', 8)}`,
    row: (p, idW) => {
      const words = p.cards.reduce((n, c) => n + c.words, 0);
      const inf = p.cards.map((c) => c.grades.inflesz).filter((x): x is number => x !== null);
      return `${pad(p.locale, 3)} ${pad(p.id, idW)} ${lpad(String(p.cards.length), 5)} ${lpad(String(words), 5)} ${lpad(
        gradePair(
          p.cards.map((c) => c.grades.fernandezHuerta),
          'min',
        ),
        11,
      )} ${lpad(gradePair(inf, 'min'), 10)} ${pad(inf.length ? infleszLabel(Math.min(...inf)) : '–', 14)} ${lpad(String(p.sources.length), 3)} ${pad(p.factsChecked, 10)} ${pad(p.reviewDue, 10)} ${pad(p.translation?.status ?? '–', 8)}`;
    },
  },
};

export function pageTable(locale: Locale, pages: Page[]): string[] {
  const idW = Math.min(21, Math.max(4, ...pages.map((p) => p.id.length)));
  const table = PAGE_TABLES[LOCALE_PROFILES[locale].readability];
  return [table.head(idW), ...pages.map((p) => table.row(p, idW))].map((r) => r.trimEnd());
}

export function formatIssueBlock(i: ContentIssue): string {
  return `${i.file}:${i.line}:${i.column}  ${i.rule}\n    ${i.message}\n    Fix: ${i.hint}`;
}

export function summaryLine(pages: Page[], errors: number, warnings: number): string {
  const cards = pages.flatMap((p) => p.cards.map((c) => ({ p, c })));
  const fk = cards.filter((x) => x.c.grades.fleschKincaid !== null);
  const top = fk.reduce<(typeof fk)[number] | null>(
    (best, x) =>
      best === null || (x.c.grades.fleschKincaid ?? 0) > (best.c.grades.fleschKincaid ?? 0) ? x : best,
    null,
  );
  const med = median(fk.map((x) => x.c.grades.fleschKincaid as number));
  const maxText = top ? `${fmt(top.c.grades.fleschKincaid)} (${top.p.id}#${top.c.id})` : '–';
  return `${pages.length} pages, ${cards.length} cards, median grade ${fmt(med)}, max grade ${maxText} (FK); ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
}
