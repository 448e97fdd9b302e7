// The bench's HTTP server: the built renderer through the very app:// request handler Electron uses (same files,
// same CSP and headers), plus the bench's anchor pages under /__bench__/ through a second instance of the same
// handler. One origin for both, so the static and plain-JS anchors pay exactly what the app pays per request.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAppProtocolHandler } from '../../electron/main/app-protocol-handler';

export const ANCHOR_PREFIX = '/__bench__/';

export type BenchServer = { origin: string; close: () => Promise<void> };

async function send(res: ServerResponse, response: Response): Promise<void> {
  res.statusCode = response.status;
  response.headers.forEach((value, name) => res.setHeader(name, value));
  const body = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
  res.end(body);
}

/** Serves `root` at / and `anchorRoot` at /__bench__/ on 127.0.0.1:`port` (0 = any free port). */
export async function startBenchServer(options: {
  root: string;
  anchorRoot: string;
  port: number;
}): Promise<BenchServer> {
  let origin = '';
  let app: ReturnType<typeof createAppProtocolHandler> | null = null;
  let anchors: ReturnType<typeof createAppProtocolHandler> | null = null;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    const isAnchor = path.startsWith(ANCHOR_PREFIX);
    // The anchor handler sees its files at its own root, as if it were a second site on the same origin.
    const url = origin + (isAnchor ? '/' + path.slice(ANCHOR_PREFIX.length) : path);
    const handler = isAnchor ? anchors : app;
    if (!handler) {
      res.statusCode = 503;
      res.end();
      return;
    }
    handler(new Request(url, { method: req.method ?? 'GET' }))
      .then((response) => send(res, response))
      .catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  app = createAppProtocolHandler({ root: options.root, origins: [origin] });
  anchors = createAppProtocolHandler({ root: options.anchorRoot, origins: [origin] });
  return {
    origin,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
