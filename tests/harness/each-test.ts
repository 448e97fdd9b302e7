// Around every harness test: fake timers that also drive performance.now() (the ladder's clock), and every
// kiosk a test started is stopped afterwards, so no test sees another's main process, files or env.
import { afterEach, beforeEach, vi } from 'vitest';
import { stopKiosks } from './kiosk';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
});

afterEach(() => {
  stopKiosks();
  vi.useRealTimers();
});
