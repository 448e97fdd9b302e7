// Bytes → text, the way an educator's editor would show it: UTF-8 only, BOM stripped, CRLF/CR folded to LF
// (so line numbers match the editor), and invisible or look-alike characters reported by code point.
import type { IssueSink } from './types.ts';

export const MAX_FILE_BYTES = 256 * 1024;

/** Invisible characters that can hide or reorder text: errors. */
const INVISIBLE: ReadonlyMap<number, string> = new Map([
  [0x00ad, 'SOFT HYPHEN'],
  [0x200b, 'ZERO WIDTH SPACE'],
  [0x200c, 'ZERO WIDTH NON-JOINER'],
  [0x200d, 'ZERO WIDTH JOINER'],
  [0x200e, 'LEFT-TO-RIGHT MARK'],
  [0x200f, 'RIGHT-TO-LEFT MARK'],
  [0x202a, 'LEFT-TO-RIGHT EMBEDDING'],
  [0x202b, 'RIGHT-TO-LEFT EMBEDDING'],
  [0x202c, 'POP DIRECTIONAL FORMATTING'],
  [0x202d, 'LEFT-TO-RIGHT OVERRIDE'],
  [0x202e, 'RIGHT-TO-LEFT OVERRIDE'],
  [0x2060, 'WORD JOINER'],
  [0x2066, 'LEFT-TO-RIGHT ISOLATE'],
  [0x2067, 'RIGHT-TO-LEFT ISOLATE'],
  [0x2068, 'FIRST STRONG ISOLATE'],
  [0x2069, 'POP DIRECTIONAL ISOLATE'],
  [0xfeff, 'ZERO WIDTH NO-BREAK SPACE (BOM inside the text)'],
  [0xfffd, 'REPLACEMENT CHARACTER (text damaged by a wrong encoding)'],
]);

/** Spaces that look like a space but are not: warnings (they change line breaking and word counts). */
const ODD_SPACES: ReadonlyMap<number, string> = new Map([
  [0x00a0, 'NO-BREAK SPACE'],
  [0x2000, 'EN QUAD'],
  [0x2001, 'EM QUAD'],
  [0x2002, 'EN SPACE'],
  [0x2003, 'EM SPACE'],
  [0x2004, 'THREE-PER-EM SPACE'],
  [0x2005, 'FOUR-PER-EM SPACE'],
  [0x2006, 'SIX-PER-EM SPACE'],
  [0x2007, 'FIGURE SPACE'],
  [0x2008, 'PUNCTUATION SPACE'],
  [0x2009, 'THIN SPACE'],
  [0x200a, 'HAIR SPACE'],
  [0x202f, 'NARROW NO-BREAK SPACE'],
  [0x205f, 'MEDIUM MATHEMATICAL SPACE'],
  [0x3000, 'IDEOGRAPHIC SPACE'],
]);

function codePoint(cp: number): string {
  return 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
}

/** Decode one content file; returns null (with an error recorded) when it is not usable text. */
export function decodeText(file: string, bytes: Uint8Array, sink: IssueSink): string | null {
  if (bytes.length > MAX_FILE_BYTES) {
    sink.error(
      file,
      1,
      1,
      'file-too-large',
      `The file is ${Math.round(bytes.length / 1024)} KB; the limit is ${MAX_FILE_BYTES / 1024} KB.`,
      'A page should be a few short cards. Split it into several pages, or check that this is the right file.',
    );
    return null;
  }
  const nul = bytes.indexOf(0);
  let raw: string;
  try {
    if (nul !== -1) throw new Error('NUL byte');
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const where = nul !== -1 ? `a NUL byte at byte ${nul + 1}` : 'bytes that are not valid UTF-8';
    sink.error(
      file,
      1,
      1,
      'not-a-text-file',
      `This is not a text file (${where}).`,
      'Content files must be plain text saved as UTF-8. Re-save it from a text editor, or remove it if it is not content.',
    );
    return null;
  }
  // An editor shows no BOM; strip it so line 1 column 1 is the first visible character.
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);
  const text = raw.replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    sink.error(
      file,
      1,
      1,
      'empty-file',
      'The file is empty.',
      'Write the page (settings block, then cards), or delete the file.',
    );
    return null;
  }
  scanCharacters(file, text, sink);
  return text;
}

function scanCharacters(file: string, text: string, sink: IssueSink): void {
  let line = 1;
  let column = 1;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp === 10) {
      line++;
      column = 1;
      continue;
    }
    const invisible = INVISIBLE.get(cp);
    if (invisible !== undefined) {
      sink.error(
        file,
        line,
        column,
        'invisible-character',
        `Invisible character ${codePoint(cp)} ${invisible}.`,
        'Delete it (move the cursor to this line and column). It is often pasted in from a web page or a word processor.',
      );
    } else if ((cp < 32 && cp !== 9) || (cp >= 0x7f && cp < 0xa0)) {
      sink.error(
        file,
        line,
        column,
        'control-character',
        `Control character ${codePoint(cp)}.`,
        'Delete it; it cannot be shown on screen.',
      );
    } else {
      const odd = ODD_SPACES.get(cp);
      if (odd !== undefined) {
        sink.warn(
          file,
          line,
          column,
          'unusual-space',
          `Unusual space ${codePoint(cp)} ${odd}.`,
          'Replace it with an ordinary space.',
        );
      }
    }
    column += ch.length;
  }
}
