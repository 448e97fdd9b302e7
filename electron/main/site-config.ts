// Start-up step for the site config: find the file, load it (or the last good copy), and say in the log
// which file, what it changed and what visitors will see.
import type { LoadedConfig } from '../shared/config-schema';
import { describeEffectiveConfig } from '../shared/config-validate';
import { loadSiteConfig, resolveConfigPath } from './config-loader';
import type { SiteConfig } from './config-loader';
import type { Runtime } from './runtime';

export type SiteConfigSetup = {
  /** What config:get sends the renderer. */
  loaded: LoadedConfig;
  site: SiteConfig;
  /** Where the path came from: --config, KIOSK_CONFIG, or the data folder. */
  source: string;
};

/** `--config=PATH`, else $KIOSK_CONFIG, else <data folder>/kiosk-config.json; warnings go to the log and UI. */
export function setupConfig(runtime: Runtime, userData: string): SiteConfigSetup {
  const { data } = runtime;
  for (const skipped of data.skipped)
    runtime.log.warn(`data folder ${skipped.path} not writable (${skipped.reason})`);
  runtime.log.info(`data folder: ${data.path} (${data.scope}, from ${data.from})`);
  const resolved = resolveConfigPath(process.argv, process.env, runtime.data.path, {
    label: `data folder (${runtime.data.scope})`,
    legacyDir: userData,
  });
  const site = loadSiteConfig({
    path: resolved.path,
    explicit: resolved.explicit ? (resolved.source as '--config' | 'KIOSK_CONFIG') : undefined,
    dataDir: runtime.data.path,
    log: (line) => runtime.log.warn(`config: ${line}`),
  });
  runtime.log.info(
    `config: ${resolved.path} (from ${resolved.source}), sha256 ${site.sha256 ?? 'none'}, ${site.warnings.length} warning(s)${site.usedLastGood ? `, RUNNING ON THE LAST GOOD COPY ${site.lastGoodPath}` : ''}`,
  );
  for (const warning of site.warnings) runtime.log.warn(`config ${warning.key}: ${warning.message}`);
  runtime.log.info(`config in effect: ${describeEffectiveConfig(site.config)}`);
  return {
    loaded: { config: site.config, warnings: site.warnings, path: site.path },
    site,
    source: resolved.source,
  };
}
