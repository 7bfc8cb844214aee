// Two local servers for the end-to-end tests, both on 127.0.0.1:
// - the site: serves the test pages, and records every request it gets;
// - the trap: a proxy every browser is configured to send all non-loopback traffic to. It
//   answers nothing and records each request, so a request to the outside world, from any
//   part of the browser or the extension, shows up in `trap.requests`.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingServer {
  port: number;
  origin: string;
  requests: string[];
  close(): Promise<void>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function closer(server: Server): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
}

/** Serves `pages` (path → HTML); anything else is a 404. */
export async function startSite(pages: Record<string, string>): Promise<RecordingServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = request.url ?? '/';
    requests.push(`${request.method} ${path}`);
    const page = pages[path.split('?')[0]];
    if (page === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page);
  });
  const port = await listen(server);
  return { port, origin: `http://127.0.0.1:${port}`, requests, close: closer(server) };
}

/** An HTTP proxy that refuses everything and remembers what was asked (plain requests and CONNECT tunnels). */
export async function startTrapProxy(): Promise<RecordingServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    response.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the Dramatis test proxy');
  });
  server.on('connect', (request, socket) => {
    requests.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  const port = await listen(server);
  return { port, origin: `http://127.0.0.1:${port}`, requests, close: closer(server) };
}
