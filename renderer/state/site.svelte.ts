// The site's settings (config file → main → here). Read once at start; never changed by a visit.
import { DEFAULT_CONFIG, type KioskConfig } from '../../electron/shared/config-schema';
import { kiosk } from '../lib/kiosk';

class SiteConfig {
  config = $state.raw<KioskConfig>({ ...DEFAULT_CONFIG });
  loaded = $state(false);

  async load(): Promise<void> {
    const loaded = await kiosk.getConfig();
    this.config = loaded.config;
    this.loaded = true;
  }
}

export const site = new SiteConfig();
