// The app:// scheme: registered as privileged before 'ready', then served by the shared request handler.
import { protocol } from 'electron';
import { APP_ORIGIN, APP_SCHEME } from '../shared/ipc-contract';
import { createAppProtocolHandler } from './app-protocol-handler';
import type { Runtime } from './runtime';

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        // A real origin (app://kiosk) with relative URLs and same-origin rules, like https.
        standard: true,
        // Treated as a secure context (no mixed-content downgrade, secure-only APIs work).
        secure: true,
        // Lets fetch() reach this scheme at all; the CSP (no connect-src) still refuses every fetch, so today
        // the UI fetches nothing. Scripts, styles and images do not depend on it; kept so that granting
        // connect-src 'self' in csp.ts would be the one change needed.
        supportFetchAPI: true,
        // V8 code cache for our scripts: faster cold starts on slow kiosk PCs.
        codeCache: true,
        // Deliberately NOT: bypassCSP, corsEnabled, allowServiceWorkers, stream.
      },
    },
  ]);
}

export function setupAppProtocol(runtime: Runtime): void {
  const handler = createAppProtocolHandler({ root: runtime.rendererDir, origins: [APP_ORIGIN] });
  protocol.handle(APP_SCHEME, async (request) => {
    const response = await handler(request);
    if (response.status >= 400) {
      // Path only; never query strings (nothing visitor-typed is ever in our URLs, but be sure).
      runtime.log.warn(`app:// ${request.method} ${new URL(request.url).pathname} → ${response.status}`);
    }
    return response;
  });
}
