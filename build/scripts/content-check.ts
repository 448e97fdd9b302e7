// `npm run content:check`: compile content/ and print, for educators, a table of every page (reading grades,
// sources, review dates, translation status), the pictures' sizes against their budget, the changed pages waiting for a clinician's sign-off, then warnings
// and errors, then a one-line summary.
// Exits 1 on any error. Options: --dir=content (folder), --today=YYYY-MM-DD (date used for review-due checks),
// --strict (an overdue review is an error, as in the release build; otherwise a warning).
import type { Page } from '../../electron/shared/content-types.ts';
import { compileContent } from '../content/compile.ts';
import { formatPictureSizes } from '../content/pictures.ts';
import { readTree } from '../content/read-tree.ts';
import { MAX_RECORDINGS_TOTAL_BYTES } from '../content/recordings.ts';
import { formatIssueBlock, pageTable, summaryLine } from '../content/report.ts';

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

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
  const { content, errors, warnings, pictures, recordings } = await compileContent(files, {
    root: dir.replace(/\/+$/, ''),
    ...(today ? { today } : {}),
    strictReviewDates: process.argv.includes('--strict'),
  });
  const pages: Page[] = [];
  for (const loc of Object.values(content.locales)) {
    if (loc.pages.length === 0) continue;
    console.log(pageTable(loc.locale, loc.pages).join('\n'));
    console.log('');
    pages.push(...loc.pages);
  }
  console.log(formatPictureSizes(pictures));
  console.log('');
  const stale = Object.values(content.locales).flatMap((l) => l.staleRecordings);
  const freshBytes = recordings.reduce((n, r) => n + r.bytes, 0);
  console.log(
    `Recorded narration: ${recordings.length} played (${(freshBytes / 1048576).toFixed(1)} MB of ${MAX_RECORDINGS_TOTAL_BYTES / 1048576} MB), ${stale.length} stale and not played${stale.length > 0 ? ' (see the warnings: record again, then npm run audio -- stamp)' : ''}.`,
  );
  console.log('');
  const pending = pages.filter((p) => p.clinicalReview?.status === 'pending');
  console.log(
    pending.length === 0
      ? "No changed page is waiting for a clinician's sign-off."
      : `Changed pages waiting for a clinician's sign-off (${pending.length}):`,
  );
  for (const p of pending) console.log(`  ${p.file} (changed ${p.clinicalReview?.changed ?? '?'})`);
  console.log('');
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
