// The site's settings (config file → main → here). Read once at start; never changed by a visit.
import { DEFAULT_CONFIG, type ConfigWarning } from '../../electron/shared/config-schema';
import { toRendererConfig, type RendererConfig } from '../../electron/shared/ipc-contract';
import { kiosk } from '../lib/kiosk';

class SiteConfig {
  config = $state.raw<RendererConfig>(
    toRendererConfig({ config: { ...DEFAULT_CONFIG }, warnings: [], path: null }).config,
  );
  loaded = $state(false);
  /** Config problems, shown to staff as a badge on the corner without a PIN. */
  warnings = $state.raw<ConfigWarning[]>([]);

  async load(): Promise<void> {
    const loaded = await kiosk.getConfig();
    this.config = loaded.config;
    this.warnings = loaded.warnings;
    this.loaded = true;
  }
}

export const site = new SiteConfig();
