// What may ship inside app.asar, as pure functions over a file list so a unit test can feed them bad lists.
// The builder config's `files` (builder-config.ts) decides what goes in; these checks prove it on the output.

/** One file in the archive: path relative to the archive root with `/` separators, size in bytes. */
export type AsarEntry = { path: string; size: number };

/** Top-level things the kiosk needs at run time, and nothing else. */
export const ALLOWED_ROOTS: readonly string[] = [
  'package.json', // Electron reads "main" from it
  'out/main/', // the bundled main process (Electron + Node built-ins only)
  'out/preload/', // the sandboxed preload bundle
  'out/renderer/', // the built UI with the compiled content
];

/** Files that must never ship, wherever they sit, each with the reason IT would want to know. */
const FORBIDDEN: readonly { test: RegExp; reason: string }[] = [
  { test: /(^|\/)node_modules\//, reason: 'node_modules (main is bundled; no run-time dependencies)' },
  { test: /\.map$/, reason: 'a source map (exposes sources, wastes space)' },
  { test: /\.(c|m)?tsx?$/, reason: 'TypeScript source' },
  { test: /\.svelte$/, reason: 'Svelte source' },
  { test: /\.(md|markdown|ya?ml)$/i, reason: 'content source (Markdown/YAML is compiled at build time)' },
  { test: /(^|\/)(tests?|__tests__|e2e|fixtures)\//, reason: 'tests or fixtures' },
  { test: /\.(test|spec)\.[cm]?js$/, reason: 'a test file' },
  { test: /(^|\/)\.[^/]+$/, reason: 'a dotfile' },
];

/** Default budget for the archive: the UI and content are small; 2 MB leaves room for images. */
export const ASAR_BUDGET_BYTES = 2 * 1024 * 1024;

export type AsarCheck = {
  problems: string[];
  totalBytes: number;
  /** File count and bytes per allowed root, for the summary line. */
  byRoot: Record<string, { files: number; bytes: number }>;
};

/** Every reason the list breaks the allowlist or the budget; no problems means it may ship. */
export function checkAsarEntries(
  entries: readonly AsarEntry[],
  options: { budgetBytes: number; requiredFiles: readonly string[] },
): AsarCheck {
  const problems: string[] = [];
  const byRoot: Record<string, { files: number; bytes: number }> = {};
  let totalBytes = 0;
  for (const { path, size } of entries) {
    totalBytes += size;
    const root = ALLOWED_ROOTS.find((r) => (r.endsWith('/') ? path.startsWith(r) : path === r));
    if (root === undefined) {
      problems.push(`${path}: not on the allowlist (${ALLOWED_ROOTS.join(', ')})`);
    } else {
      const tally = (byRoot[root] ??= { files: 0, bytes: 0 });
      tally.files += 1;
      tally.bytes += size;
    }
    for (const { test, reason } of FORBIDDEN) {
      if (test.test(path)) problems.push(`${path}: ${reason}`);
    }
  }
  const present = new Set(entries.map((e) => e.path));
  for (const required of options.requiredFiles) {
    if (!present.has(required)) problems.push(`${required}: missing (the app cannot start without it)`);
  }
  if (totalBytes > options.budgetBytes) {
    problems.push(
      `archive holds ${formatBytes(totalBytes)}, over the ${formatBytes(options.budgetBytes)} budget`,
    );
  }
  return { problems, totalBytes, byRoot };
}

/** Module specifiers a bundled JS file still loads at run time (static, dynamic and require). */
export function runtimeImports(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w*{}\s,$]+?\s*from\s*)?["']([^"']+)["']/g, // import x from 'm' / import 'm'
    /\bexport\s*[\w*{}\s,$]*?\s*from\s*["']([^"']+)["']/g, // export … from 'm'
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, // import('m')
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g, // require('m')
  ];
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      if (match[1] !== undefined) found.add(match[1]);
    }
  }
  return [...found].sort();
}

/**
 * Specifiers that would need a package at run time. Allowed: `electron`, Node built-ins (given as a list so this
 * stays pure), and relative paths to files that are themselves in the archive.
 */
export function disallowedImports(
  imports: readonly string[],
  builtins: readonly string[],
  allow: readonly string[] = ['electron'],
): string[] {
  const ok = new Set([...allow, ...builtins, ...builtins.map((b) => `node:${b}`)]);
  return imports.filter((spec) => !ok.has(spec) && !spec.startsWith('./') && !spec.startsWith('../'));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
