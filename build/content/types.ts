// Shared shapes of the content compiler: every problem it finds is a ContentIssue an educator can act on.
import type { ContentWarning } from '../../electron/shared/content-types.ts';

type Severity = 'error' | 'warning';

/** One problem: where (file as shown to the educator, 1-based line and column), which rule, what, and the fix. */
export type ContentIssue = ContentWarning & { severity: Severity };

/** The content tree as paths relative to the content folder (forward slashes) → raw bytes. */
export type FileMap = Map<string, Uint8Array>;

/** Collects issues; modules push into it and never throw for bad input. */
export type IssueSink = {
  error(file: string, line: number, column: number, rule: string, message: string, hint: string): void;
  warn(file: string, line: number, column: number, rule: string, message: string, hint: string): void;
};

export function createSink(into: ContentIssue[]): IssueSink {
  const push =
    (severity: Severity) =>
    (file: string, line: number, column: number, rule: string, message: string, hint: string): void => {
      into.push({
        severity,
        file,
        line: Math.max(1, line),
        column: Math.max(1, column),
        rule,
        message,
        hint,
      });
    };
  return { error: push('error'), warn: push('warning') };
}
