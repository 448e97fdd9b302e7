// Reads the kiosk config file (Node fs, no Electron) and hands the text to the pure validator. Lookup order:
// `--config=PATH`, else $KIOSK_CONFIG, else `<userData>/kiosk-config.json`.
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LoadedConfig } from '../shared/config-schema';
import { MAX_CONFIG_BYTES, configPathFromLaunch, loadConfigFrom } from '../shared/config-validate';
import type { ConfigSource } from '../shared/config-validate';

export const DEFAULT_CONFIG_FILE = 'kiosk-config.json';

export function resolveConfigPath(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  userDataDir: string,
): { path: string; source: string } {
  const chosen = configPathFromLaunch(argv, env);
  if (chosen !== null) return { path: resolve(chosen.path), source: chosen.source };
  return { path: join(userDataDir, DEFAULT_CONFIG_FILE), source: 'user data' };
}

export function readConfigSource(path: string): ConfigSource {
  try {
    const info = statSync(path);
    if (!info.isFile()) return { kind: 'unreadable', reason: 'it is not a regular file' };
    if (info.size > MAX_CONFIG_BYTES) return { kind: 'too-large', bytes: info.size };
    return { kind: 'text', text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', reason: code ?? 'unknown error' };
  }
}

export function loadConfigFile(path: string): LoadedConfig {
  const { config, warnings } = loadConfigFrom(readConfigSource(path));
  return { config, warnings, path };
}
