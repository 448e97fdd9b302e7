// Reads one YAML map of a content file key by key, reporting every problem at the node's own line and column.
// Unknown keys are errors (a misspelt `reveiw_due` must not silently drop a review date).
import { isScalar, type Node, type YAMLMap } from 'yaml';
import { editDistance } from '../../electron/shared/edit-distance.ts';
import type { Located, YamlSource } from './front-matter.ts';
import type { IssueSink } from './types.ts';

type Entry = { key: string; keyNode: Node; value: Node | null };

/** Context for one YAML map: its entries by key, and helpers that report at node positions. */
export class MapReader {
  readonly entries = new Map<string, Entry>();
  constructor(
    readonly file: string,
    readonly src: YamlSource,
    readonly sink: IssueSink,
    readonly map: YAMLMap,
    readonly where: string,
    allowed: readonly string[],
  ) {
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== 'string') {
        const at = src.at(keyNode);
        sink.error(
          file,
          at.line,
          at.column,
          'schema-bad-key',
          `A key in ${where} is not a name.`,
          'Write keys as plain words: `title: …`.',
        );
        continue;
      }
      if (!allowed.includes(key)) {
        const at = src.at(keyNode);
        const words = unknownKey(key, where, allowed);
        sink.error(file, at.line, at.column, 'schema-unknown-key', words.message, words.hint);
        continue;
      }
      this.entries.set(key, { key, keyNode: keyNode as Node, value: (pair.value as Node | null) ?? null });
    }
  }

  at(node: Node | null | undefined): Located {
    return this.src.at(node ?? this.map);
  }

  missing(key: string, hint: string, rule = 'schema-missing'): void {
    const at = this.at(this.map);
    this.sink.error(this.file, at.line, at.column, rule, `Missing \`${key}\` in ${this.where}.`, hint);
  }

  wrong(entry: Entry, expected: string, hint: string): void {
    const at = this.at(entry.value ?? entry.keyNode);
    this.sink.error(
      this.file,
      at.line,
      at.column,
      'schema-type',
      `\`${entry.key}\` must be ${expected}.`,
      hint,
    );
  }

  /** A required (or optional) non-empty text. */
  string(key: string, hint: string, required = true): string | null {
    const entry = this.entries.get(key);
    if (!entry) {
      if (required) this.missing(key, hint);
      return null;
    }
    const v = isScalar(entry.value) ? entry.value.value : undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      this.wrong(entry, 'text', hint);
      return null;
    }
    return v.trim();
  }

  enumValue<T extends string>(key: string, allowed: readonly T[], hint: string): T | null {
    const entry = this.entries.get(key);
    if (!entry) {
      this.missing(key, hint);
      return null;
    }
    const v = isScalar(entry.value) ? entry.value.value : undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    const at = this.at(entry.value ?? entry.keyNode);
    this.sink.error(
      this.file,
      at.line,
      at.column,
      'schema-enum',
      `\`${key}\` is ${JSON.stringify(v ?? null)}, which is not one of the allowed values.`,
      `Use one of: ${allowed.join(', ')}.`,
    );
    return null;
  }
}

/** The words for a key not allowed in `where`, with a "did you mean" when an allowed key is close. */
export function unknownKey(
  key: string,
  where: string,
  allowed: readonly string[],
): { message: string; hint: string } {
  const near = allowed.find((k) => editDistance(k, key) <= 2);
  return {
    message: `Unknown setting \`${key}\` in ${where}.`,
    hint: near ? `Did you mean \`${near}\`?` : `Allowed here: ${allowed.join(', ')}.`,
  };
}

/** The file's top node when it has the shape `is` tests for; otherwise the problem is reported at it. */
export function rootAs<N extends Node>(
  file: string,
  src: YamlSource,
  sink: IssueSink,
  is: (node: unknown) => node is N,
  words: { rule: string; message: string; hint: string },
): N | null {
  const root = src.doc.contents as Node | null;
  if (is(root)) return root;
  const at = src.at(root);
  sink.error(file, at.line, at.column, words.rule, words.message, words.hint);
  return null;
}
