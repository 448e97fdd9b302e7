// Splits a page into its settings block (YAML between `---` lines) and its body, and parses the YAML to nodes
// that remember their positions, so every schema error can name the file's own line and column.
import { LineCounter, parseDocument, isMap, type Document, type Node } from 'yaml';
import type { IssueSink } from './types.ts';

export type Located = { line: number; column: number };

export type YamlSource = {
  doc: Document.Parsed;
  /** File position of a YAML node (falls back to the block's first line). */
  at(node: Node | null | undefined): Located;
};

export type SplitPage = {
  /** Null when the settings block is missing, empty or not valid YAML (errors already recorded). */
  yaml: YamlSource | null;
  body: string;
  /** File line of the body's first line. */
  bodyLine: number;
};

/** Parse YAML whose first line is file line `firstLine`; YAML errors are reported at file positions. */
export function parseYaml(
  file: string,
  text: string,
  firstLine: number,
  sink: IssueSink,
  what: string,
): YamlSource | null {
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (error) {
    // The yaml package reports problems in doc.errors; this guards only against the unexpected.
    sink.error(
      file,
      firstLine,
      1,
      'yaml-syntax',
      `The ${what} could not be read: ${error instanceof Error ? error.message : String(error)}.`,
      'Check indentation (spaces, not tabs) and that every "key: value" is on its own line.',
    );
    return null;
  }
  const toFile = (offset: number): Located => {
    const pos = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: pos.line + firstLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const { line, column } = toFile(err.pos[0]);
      const firstSentence = err.message.split('\n')[0] ?? err.message;
      sink.error(
        file,
        line,
        column,
        'yaml-syntax',
        `The ${what} is not valid YAML: ${firstSentence}`,
        yamlHint(err.code),
      );
    }
    return null;
  }
  return {
    doc,
    at: (node) => (node?.range ? toFile(node.range[0]) : { line: firstLine, column: 1 }),
  };
}

function yamlHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'A setting appears twice. Keep one of them.';
    case 'TAB_AS_INDENT':
      return 'Indent with spaces, not tabs.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'Check the indentation and that every "key: value" is on its own line. Put text containing ": " or "#" in quotes.';
    case 'MULTIPLE_DOCS':
      return 'Only one settings block is allowed; remove the extra `---` line.';
    default:
      return 'Compare this block with a working page and fix the line shown. Put text with special characters in quotes.';
  }
}

/** Split `---\n yaml \n---\n body`. Missing, unclosed or empty blocks are errors; the body is still returned. */
export function splitFrontMatter(file: string, text: string, sink: IssueSink): SplitPage {
  const lines = text.split('\n');
  if ((lines[0] ?? '').trimEnd() !== '---') {
    sink.error(
      file,
      1,
      1,
      'missing-front-matter',
      'The page does not start with a settings block.',
      'Start the file with a line `---`, the settings (title, short_title, kind, …), and another `---` line.',
    );
    return { yaml: null, body: text, bodyLine: 1 };
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i] ?? '').trimEnd() === '---') {
      close = i;
      break;
    }
  }
  if (close === -1) {
    sink.error(
      file,
      1,
      1,
      'unclosed-front-matter',
      'The settings block that starts on line 1 is never closed.',
      'Add a line with just `---` after the last setting, before the first card.',
    );
    return { yaml: null, body: '', bodyLine: lines.length + 1 };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');
  const bodyLine = close + 2;
  if (yamlText.trim() === '') {
    sink.error(
      file,
      1,
      1,
      'empty-front-matter',
      'The settings block is empty.',
      'Fill in the settings between the two `---` lines (see content/README.md, "The settings").',
    );
    return { yaml: null, body, bodyLine };
  }
  const yaml = parseYaml(file, yamlText, 2, sink, 'settings block');
  if (yaml && !isMap(yaml.doc.contents)) {
    const { line, column } = yaml.at(yaml.doc.contents);
    sink.error(
      file,
      line,
      column,
      'front-matter-not-a-map',
      'The settings block must be a list of `key: value` lines.',
      'Write each setting as `name: value` on its own line (see content/README.md).',
    );
    return { yaml: null, body, bodyLine };
  }
  return { yaml, body, bodyLine };
}
