// Where builds go: `out/` unless KIOSK_OUT names another folder (parallel builds on one machine, CI sandboxes).
import { resolve } from 'node:path';

export const outRoot: string = resolve(process.env.KIOSK_OUT ?? 'out');
