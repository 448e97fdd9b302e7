// One plain-text format for every place issues are shown: build output, the dev overlay and content:check.
import type { ContentIssue } from './types.ts';

export function formatIssue(i: ContentIssue): string {
  return `${i.file}:${i.line}:${i.column} ${i.severity === 'error' ? 'error' : 'warning'} ${i.rule} — ${i.message} Fix: ${i.hint}`;
}

export function formatIssues(issues: ContentIssue[]): string {
  return issues.map(formatIssue).join('\n');
}

/** The message of the one error a failed build throws: a count, then one line per problem. */
export function formatBuildFailure(errors: ContentIssue[]): string {
  const files = new Set(errors.map((e) => e.file)).size;
  return (
    `Content check failed: ${errors.length} error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.\n` +
    formatIssues(errors) +
    '\nRun `npm run content:check` for the full report (reading grades, sources, review dates).'
  );
}
