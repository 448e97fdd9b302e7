// `npm run content:check`: compile content/ and print, for educators, a table of every page (reading grades,
// sources, review dates, translation status), then warnings and errors, then a one-line summary.
// Exits 1 on any error. Options: --dir=content (folder), --today=YYYY-MM-DD (date used for review-due checks).
import type { Locale, Page } from '../../electron/shared/content-types.ts';
import { compileContent } from '../content/compile.ts';
import { readTree } from '../content/read-tree.ts';
import { infleszLabel } from '../content/readability-es.ts';
import type { ContentIssue } from '../content/types.ts';

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

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

export function pageTable(locale: Locale, pages: Page[]): string[] {
  const idW = Math.min(22, Math.max(4, ...pages.map((p) => p.id.length)));
  const rows: string[] = [];
  if (locale === 'en') {
    rows.push(
      `${pad('loc', 3)} ${pad('page', idW)} ${lpad('cards', 5)} ${lpad('words', 5)} ${lpad('FK max/med', 11)} ${lpad('SMOG max/med', 12)} ${lpad('CL max/med', 11)} ${lpad('src', 3)} ${pad('checked', 10)} ${pad('review due', 10)}`,
    );
    for (const p of pages) {
      const words = p.cards.reduce((n, c) => n + c.words, 0);
      rows.push(
        `${pad(p.locale, 3)} ${pad(p.id, idW)} ${lpad(String(p.cards.length), 5)} ${lpad(String(words), 5)} ${lpad(
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
        )} ${lpad(String(p.sources.length), 3)} ${pad(p.factsChecked, 10)} ${pad(p.reviewDue, 10)}`,
      );
    }
  } else {
    rows.push(
      `${pad('loc', 3)} ${pad('page', idW)} ${lpad('cards', 5)} ${lpad('words', 5)} ${lpad('FH min/med', 10)} ${lpad('INFLESZ', 10)} ${pad('label of min', 14)} ${lpad('src', 3)} ${pad('checked', 10)} ${pad('review due', 10)} ${pad('status', 8)}`,
    );
    for (const p of pages) {
      const words = p.cards.reduce((n, c) => n + c.words, 0);
      const inf = p.cards.map((c) => c.grades.inflesz).filter((x): x is number => x !== null);
      rows.push(
        `${pad(p.locale, 3)} ${pad(p.id, idW)} ${lpad(String(p.cards.length), 5)} ${lpad(String(words), 5)} ${lpad(
          gradePair(
            p.cards.map((c) => c.grades.fernandezHuerta),
            'min',
          ),
          11,
        )} ${lpad(gradePair(inf, 'min'), 10)} ${pad(inf.length ? infleszLabel(Math.min(...inf)) : '–', 14)} ${lpad(String(p.sources.length), 3)} ${pad(p.factsChecked, 10)} ${pad(p.reviewDue, 10)} ${pad(p.translation?.status ?? '–', 8)}`,
      );
    }
  }
  return rows.map((r) => r.trimEnd());
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

async function main(): Promise<number> {
  const dir = arg('dir') ?? 'content';
  const today = arg('today');
  let files;
  try {
    files = await readTree(dir);
  } catch (error) {
    console.error(`Could not read ${dir}/: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const { content, errors, warnings } = await compileContent(files, {
    root: dir.replace(/\/+$/, ''),
    ...(today ? { today } : {}),
  });
  const pages: Page[] = [];
  for (const loc of Object.values(content.locales)) {
    if (loc.pages.length === 0) continue;
    console.log(pageTable(loc.locale, loc.pages).join('\n'));
    console.log('');
    pages.push(...loc.pages);
  }
  if (warnings.length > 0) {
    console.log(`Warnings (${warnings.length}):`);
    console.log(warnings.map(formatIssueBlock).join('\n'));
    console.log('');
  }
  if (errors.length > 0) {
    console.log(`Errors (${errors.length}), the build stops until they are fixed:`);
    console.log(errors.map(formatIssueBlock).join('\n'));
    console.log('');
  }
  console.log(summaryLine(pages, errors.length, warnings.length));
  return errors.length > 0 ? 1 : 0;
}

process.exitCode = await main();
