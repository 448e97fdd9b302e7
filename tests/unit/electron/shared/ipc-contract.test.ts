import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../../electron/shared/config-schema';
import { toRendererConfig } from '../../../../electron/shared/ipc-contract';

const HASH = 'scrypt$16384$8$1$c2FsdA==$aGFzaA==';

describe('the config:get reply', () => {
  it('never carries the PIN hash, only whether one is set', () => {
    const reply = toRendererConfig({
      config: { ...DEFAULT_CONFIG, staff_pin_hash: HASH },
      warnings: [{ key: 'idle_seconds', message: 'too short' }],
      path: '/etc/kiosk.json',
    });
    expect(reply.config.staffPinConfigured).toBe(true);
    expect('staff_pin_hash' in reply.config).toBe(false);
    expect(JSON.stringify(reply)).not.toContain(HASH);
    expect(reply.warnings).toEqual([{ key: 'idle_seconds', message: 'too short' }]);
    expect(reply.path).toBe('/etc/kiosk.json');
  });
  it('says no PIN is set when the hash is null, and keeps every other key', () => {
    const reply = toRendererConfig({ config: { ...DEFAULT_CONFIG }, warnings: [], path: null });
    expect(reply.config.staffPinConfigured).toBe(false);
    const { staff_pin_hash: _hash, ...rest } = DEFAULT_CONFIG;
    expect(reply.config).toEqual({ ...rest, staffPinConfigured: false });
  });
});
