// `npm run web`: serve the built UI at http://127.0.0.1:4173 through the very request handler Electron's
// app:// protocol uses (same path checks, same CSP). Port: `--port N`, else $PORT, else 4173.
// Folder: $KIOSK_OUT/renderer (default out/renderer). Loopback only; any other Host header gets 403.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createAppProtocolHandler } from '../../electron/main/app-protocol-handler.ts';

function portFromArgs(argv: readonly string[]): number {
  const at = argv.findIndex((a) => a === '--port' || a.startsWith('--port='));
  const raw = at === -1 ? process.env.PORT : argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  if (raw === undefined || raw === '') return 4173;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`The port must be a whole number from 1 to 65535, not "${raw}".`);
    process.exit(2);
  }
  return port;
}

const port = portFromArgs(process.argv.slice(2));
const root = resolve(join(process.env.KIOSK_OUT ?? 'out', 'renderer'));
if (!existsSync(join(root, 'index.html'))) {
  console.error(`Nothing to serve: ${root}/index.html is missing. Run \`npm run build\` first.`);
  process.exit(1);
}

const handler = createAppProtocolHandler({
  root,
  origins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
});

const server = createServer((req, res) => {
  let url: string;
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'invalid'}`).href;
  } catch {
    url = `http://invalid/`;
  }
  // GET/HEAD carry no body; anything else is answered 405 by the handler without reading one.
  handler(new Request(url, { method: req.method ?? 'GET' }))
    .then(async (response) => {
      const body = Buffer.from(await response.arrayBuffer());
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(req.method === 'HEAD' ? undefined : body);
    })
    .catch((error: unknown) => {
      console.error(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Server error.');
    });
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is in use. Try \`npm run web -- --port ${port + 1}\`.`
      : `The preview server could not start: ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
