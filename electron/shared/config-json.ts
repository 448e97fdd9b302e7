// Config file bytes → text → JSON value, with the line and column of the first problem in words an IT person
// can act on. jsonc-parser finds errors and offsets (strict: no comments, no trailing commas); the wording
// comes from what the scanner saw just before the error. Objects are built with defineProperty, so a
// "__proto__" key is plain data.
import { createScanner, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Which encoding a config file is in, and how many bytes of byte order mark to skip. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomBytes: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomBytes: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2 };
  // No mark: a JSON file starts with ASCII ("{" or a space), so a zero byte beside it betrays UTF-16.
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return { encoding: 'utf-16le', bomBytes: 0 };
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return { encoding: 'utf-16be', bomBytes: 0 };
  return { encoding: 'utf-8', bomBytes: 0 };
}

type ParseFailure = { ok: false; line: number; column: number; message: string };
export type ParseResult = { ok: true; value: unknown } | ParseFailure;
/** A parse that keeps the tree, so later problems can point at the key's line and column. */
export type TreeParseResult = { ok: true; value: unknown; tree: Node; text: string } | ParseFailure;

/** 1-based line and column of a character offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1) ?? '').length + 1 };
}

// jsonc-parser's SyntaxKind values (its typings declare a const enum, which isolated modules cannot read).
const TOKEN = {
  openBrace: 1,
  closeBrace: 2,
  openBracket: 3,
  closeBracket: 4,
  comma: 5,
  colon: 6,
  string: 10,
  eof: 17,
} as const;

/** Index of the first control character (U+0000–U+001F), or -1. */
function firstControl(text: string): number {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x20) return i;
  return -1;
}

function describe(text: string, offset: number): string {
  return offset >= text.length ? 'end of file' : `"${text[offset]}"`;
}

/** What a strict JSON reader expects at `offset`, from the valid tokens before it. */
function expectedAt(text: string, offset: number): string {
  const scanner = createScanner(text, true);
  // Per open container: what comes next. 'key' | 'colon' | 'value' | 'comma' (object or array).
  const stack: { kind: 'object' | 'array'; next: 'key' | 'colon' | 'value' | 'comma' }[] = [];
  let top: 'value' | 'end' = 'value';
  const valueDone = (): void => {
    const open = stack.at(-1);
    if (open === undefined) top = 'end';
    else open.next = 'comma';
  };
  for (let kind: number = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    if (scanner.getTokenOffset() >= offset) break;
    const open = stack.at(-1);
    switch (kind) {
      case TOKEN.openBrace:
        stack.push({ kind: 'object', next: 'key' });
        break;
      case TOKEN.openBracket:
        stack.push({ kind: 'array', next: 'value' });
        break;
      case TOKEN.closeBrace:
      case TOKEN.closeBracket:
        stack.pop();
        valueDone();
        break;
      case TOKEN.colon:
        if (open) open.next = 'value';
        break;
      case TOKEN.comma:
        if (open) open.next = open.kind === 'object' ? 'key' : 'value';
        break;
      case TOKEN.string:
        if (open?.kind === 'object' && open.next === 'key') open.next = 'colon';
        else valueDone();
        break;
      default:
        valueDone();
    }
  }
  const open = stack.at(-1);
  if (open === undefined) return top === 'value' ? 'a value' : 'the end of the file after the closing "}"';
  if (open.next === 'key') return 'a key in double quotes';
  if (open.next === 'colon') return '":"';
  if (open.next === 'value') return 'a value';
  return open.kind === 'object' ? '"," or "}"' : '"," or "]"';
}

/** The first problem as a sentence, at the character the person must look at. */
function explain(text: string, error: ParseError): { offset: number; message: string } {
  const token = text.slice(error.offset, error.offset + error.length);
  switch (printParseErrorCode(error.error)) {
    case 'UnexpectedEndOfString': {
      // The scanner stops before the line break that ended the text, so look one character further.
      const lineEnd = firstControl(text.slice(error.offset, error.offset + error.length + 1));
      if (lineEnd > 0) {
        return {
          offset: error.offset + lineEnd,
          message: `expected a closing double quote before the line ends but found ${describe(text, error.offset + lineEnd)}`,
        };
      }
      return { offset: error.offset, message: 'this string is never closed' };
    }
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode': {
      const at = token.search(/\\(?!["\\/bfnrt]|u[0-9a-fA-F]{4})/);
      return { offset: error.offset + Math.max(at, 0), message: 'expected a valid escape after "\\"' };
    }
    case 'InvalidCharacter': {
      const at = firstControl(token);
      const offset = error.offset + Math.max(at, 0);
      return {
        offset,
        message: `expected a closing double quote before the line ends but found a control character`,
      };
    }
    case 'InvalidCommentToken':
      return {
        offset: error.offset,
        message: `expected ${expectedAt(text, error.offset)} but found a comment (JSON allows none)`,
      };
    default:
      return {
        offset: error.offset,
        message: `expected ${expectedAt(text, error.offset)} but found ${describe(text, error.offset)}`,
      };
  }
}

function firstDuplicateKey(node: Node): Node | null {
  if (node.type === 'object') {
    const seen = new Set<string>();
    for (const property of node.children ?? []) {
      const key = property.children?.[0];
      if (key === undefined) continue;
      const name = String(key.value);
      if (seen.has(name)) return key;
      seen.add(name);
    }
  }
  for (const child of node.children ?? []) {
    const found = firstDuplicateKey(child);
    if (found !== null) return found;
  }
  return null;
}

/** The plain value of a parse tree node; object keys are own data properties, never prototypes. */
function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key === undefined || value === undefined) continue;
        Object.defineProperty(result, String(key.value), {
          value: nodeValue(value),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value as unknown;
  }
}

/** JSON text → value, or where and why it is not valid JSON. */
export function parseConfigText(text: string): ParseResult {
  const parsed = parseConfigTree(text);
  return parsed.ok ? { ok: true, value: parsed.value } : parsed;
}

/** Deeper than any real config; jsonc-parser recurses per level and overflows the stack near 10,000. */
const MAX_CONFIG_DEPTH = 32;

/** Offset of the first bracket that opens level MAX_CONFIG_DEPTH + 1 (outside strings), or -1. */
function tooDeepAt(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > MAX_CONFIG_DEPTH) return i;
    } else if (c === 0x7d || c === 0x5d) depth = Math.max(0, depth - 1);
  }
  return -1;
}

/** JSON text → value and parse tree (offsets refer to `text` as returned), or where and why it is not JSON. */
export function parseConfigTree(text: string): TreeParseResult {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte order mark decoded as text
  const body = start === 1 ? ` ${text.slice(1)}` : text;
  const deep = tooDeepAt(body);
  if (deep !== -1) {
    return {
      ok: false,
      ...position(body, deep),
      message: `the file nests lists or objects more than ${MAX_CONFIG_DEPTH} deep`,
    };
  }
  const errors: ParseError[] = [];
  const tree = parseTree(body, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const { offset, message } =
      first === undefined
        ? { offset: 0, message: 'expected a value but found end of file' }
        : explain(body, first);
    return { ok: false, ...position(body, offset), message };
  }
  const duplicate = firstDuplicateKey(tree);
  if (duplicate !== null) {
    return {
      ok: false,
      ...position(body, duplicate.offset),
      message: `the key "${String(duplicate.value)}" appears twice`,
    };
  }
  return { ok: true, value: nodeValue(tree), tree, text: body };
}
