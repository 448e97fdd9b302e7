// Reads the kiosk config file (Node fs, no Electron) and hands the text to the pure validator. Lookup order:
// `--config=PATH`, else $KIOSK_CONFIG, else `<data folder>/kiosk-config.json` (then the per-user folder's,
// where older installs kept it). Keeps the last file that read as a JSON object beside the data, and falls
// back to it when a new file is broken.
import * as nodeFs from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { LoadedConfig } from '../shared/config-schema';
import { detectEncoding } from '../shared/config-json';
import {
  MAX_CONFIG_BYTES,
  configPathFromLaunch,
  loadConfigFrom,
  loadConfigWithFallback,
} from '../shared/config-validate';
import type { ConfigSource, LastGoodConfig } from '../shared/config-validate';
import { writeFileAtomic } from './usage-store';

const DEFAULT_CONFIG_FILE = 'kiosk-config.json';
export const LAST_GOOD_CONFIG_FILE = 'kiosk-config.last-good.json';

/** '--config', 'KIOSK_CONFIG', or which folder's default file. */
export type ConfigPathSource = string;

export function resolveConfigPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  dataDir: string,
  options: { label?: string; legacyDir?: string; exists?: (path: string) => boolean } = {},
): { path: string; source: ConfigPathSource; explicit: boolean } {
  const chosen = configPathFromLaunch(argv, env);
  if (chosen !== null) return { path: resolve(chosen.path), source: chosen.source, explicit: true };
  const main = join(dataDir, DEFAULT_CONFIG_FILE);
  const exists = options.exists ?? nodeFs.existsSync;
  if (options.legacyDir !== undefined && options.legacyDir !== dataDir && !exists(main)) {
    const legacy = join(options.legacyDir, DEFAULT_CONFIG_FILE);
    if (exists(legacy)) return { path: legacy, source: 'user data (older location)', explicit: false };
  }
  return { path: main, source: options.label ?? 'user data', explicit: false };
}

/** Bytes → text in UTF-8 (BOM or not) or UTF-16 LE/BE (PowerShell 5.1's Out-File); null when neither. */
function decodeConfigBytes(bytes: Uint8Array): string | null {
  const { encoding, bomBytes } = detectEncoding(bytes);
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(bomBytes));
  } catch {
    return null;
  }
}

export function readConfigBytes(path: string): { source: ConfigSource; bytes: Buffer | null } {
  try {
    const info = nodeFs.statSync(path);
    if (!info.isFile())
      return { source: { kind: 'unreadable', reason: 'it is not a regular file' }, bytes: null };
    if (info.size > MAX_CONFIG_BYTES) return { source: { kind: 'too-large', bytes: info.size }, bytes: null };
    const bytes = nodeFs.readFileSync(path);
    const text = decodeConfigBytes(bytes);
    if (text === null) {
      return {
        source: { kind: 'unreadable', reason: 'it is not UTF-8 or UTF-16 text; save it as UTF-8' },
        bytes,
      };
    }
    return { source: { kind: 'text', text }, bytes };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { source: { kind: 'missing' }, bytes: null };
    return { source: { kind: 'unreadable', reason: code ?? 'unknown error' }, bytes: null };
  }
}

export function readConfigSource(path: string): ConfigSource {
  return readConfigBytes(path).source;
}

export function loadConfigFile(path: string): LoadedConfig {
  const { config, warnings } = loadConfigFrom(readConfigSource(path));
  return { config, warnings, path };
}

export type SiteConfig = LoadedConfig & {
  /** sha256 of the file's bytes as read; null when there was no readable file. */
  sha256: string | null;
  usedLastGood: boolean;
  lastGoodPath: string;
};

function readLastGood(path: string): LastGoodConfig | null {
  try {
    const text = decodeConfigBytes(nodeFs.readFileSync(path));
    if (text === null) return null;
    return { text, savedAt: nodeFs.statSync(path).mtime.toISOString() };
  } catch {
    return null;
  }
}

/**
 * The kiosk's start-up load: the file, or the last good copy when the file is broken. A file that reads as a
 * JSON object becomes the new last good copy (mode 0600: it holds the PIN hash). Never throws.
 */
export function loadSiteConfig(options: {
  path: string;
  explicit?: '--config' | 'KIOSK_CONFIG';
  dataDir: string;
  log?: (line: string) => void;
}): SiteConfig {
  const { path, dataDir } = options;
  const lastGoodPath = join(dataDir, LAST_GOOD_CONFIG_FILE);
  const read = readConfigBytes(path);
  const source: ConfigSource =
    read.source.kind === 'missing' && options.explicit !== undefined
      ? { kind: 'missing', explicit: options.explicit }
      : read.source;
  const result = loadConfigWithFallback(source, readLastGood(lastGoodPath));
  if (result.saveAsLastGood && source.kind === 'text') {
    const previous = readLastGood(lastGoodPath);
    if (previous?.text !== source.text) {
      try {
        nodeFs.mkdirSync(dataDir, { recursive: true });
        writeFileAtomic(nodeFs, lastGoodPath, source.text, 0o600);
      } catch (error) {
        options.log?.(
          `could not save the last good config to ${lastGoodPath}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
      }
    }
  }
  return {
    config: result.config,
    warnings: result.warnings,
    path,
    sha256: read.bytes === null ? null : createHash('sha256').update(read.bytes).digest('hex'),
    usedLastGood: result.usedLastGood,
    lastGoodPath,
  };
}
