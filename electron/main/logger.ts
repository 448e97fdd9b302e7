// Size-capped, rotating log files: `kiosk.log` plus `kiosk.log.1` … `.N` (newest first). Node only, no
// Electron import, so the rotation is unit tested on a temp folder. Writes are synchronous: a crash right
// after a log line must not lose it. Never log visitor data: callers pass fixed wording and ids, and every
// line is cut to one line of at most MAX_LINE_CHARS.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRepeatFilter } from '../shared/log-repeat-filter';

const LOG_FILE_NAME = 'kiosk.log';
const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_KEEP_FILES = 5;
const MAX_LINE_CHARS = 1000;

export type LogLevel = 'info' | 'warn' | 'error';

export type Logger = {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  /** The folder the files live in. */
  readonly dir: string;
};

export type LoggerOptions = {
  dir: string;
  /** Rotate when the current file would grow past this. */
  maxBytes?: number;
  /** Files kept in all, the current one included. */
  keepFiles?: number;
  now?: () => Date;
  /** Also echo to the console (dev). */
  echo?: boolean;
  /** Each distinct line at most this many times per minute (errors always); 0 turns the limit off. */
  repeatBurst?: number;
  /** Also hands each written line to the system log (journald, Windows Event Log). */
  sink?: (level: LogLevel, message: string) => void;
};

/** `kiosk.log.(keep-1)` is deleted, every other file moves up one number, `kiosk.log` becomes `.1`. */
export function rotationPlan(keepFiles: number): { remove: string; renames: [string, string][] } {
  const name = (i: number): string => (i === 0 ? LOG_FILE_NAME : `${LOG_FILE_NAME}.${i}`);
  const renames: [string, string][] = [];
  for (let i = keepFiles - 2; i >= 0; i--) renames.push([name(i), name(i + 1)]);
  return { remove: name(keepFiles - 1), renames };
}

/** One log line: ISO time, level, message flattened to a single line and capped. */
export function formatLine(date: Date, level: LogLevel, message: string): string {
  return `${date.toISOString()} ${level.toUpperCase().padEnd(5)} ${flattenMessage(message)}\n`;
}

/** The message on one line of printable characters, at most MAX_LINE_CHARS. */
function flattenMessage(message: string): string {
  const flat = message.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
  return flat.length > MAX_LINE_CHARS ? `${flat.slice(0, MAX_LINE_CHARS)}…` : flat;
}

export function createLogger(options: LoggerOptions): Logger {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const keep = Math.max(1, options.keepFiles ?? DEFAULT_KEEP_FILES);
  const now = options.now ?? ((): Date => new Date());
  const file = join(options.dir, LOG_FILE_NAME);
  let size: number | null = null;
  const burst = options.repeatBurst ?? 5;
  const repeats = burst > 0 ? createRepeatFilter({ burst, now: () => now().getTime() }) : null;

  const rotate = (): void => {
    const plan = rotationPlan(keep);
    rmSync(join(options.dir, plan.remove), { force: true });
    for (const [from, to] of plan.renames) {
      if (existsSync(join(options.dir, from))) renameSync(join(options.dir, from), join(options.dir, to));
    }
    size = 0;
  };

  const write = (level: LogLevel, message: string): void => {
    const decision = repeats?.(message, level) ?? { write: true, summary: null };
    if (decision.summary !== null) append('warn', decision.summary);
    if (decision.write) append(level, message);
  };

  const append = (level: LogLevel, message: string): void => {
    const line = formatLine(now(), level, message);
    options.sink?.(level, flattenMessage(message));
    if (options.echo) (level === 'info' ? console.log : console.error)(line.trimEnd());
    try {
      if (size === null) {
        mkdirSync(options.dir, { recursive: true });
        size = existsSync(file) ? statSync(file).size : 0;
      }
      const bytes = Buffer.byteLength(line);
      if (size > 0 && size + bytes > maxBytes) rotate();
      appendFileSync(file, line);
      size += bytes;
    } catch (error) {
      // A full or read-only disk must never take the kiosk down; say so once on stderr.
      size = null;
      console.error(`log write failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return {
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m) => write('error', m),
    dir: options.dir,
  };
}
