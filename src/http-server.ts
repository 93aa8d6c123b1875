import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningServer {
  port: number;
  /**
   * Drains, then stops: `/ready` answers 503 at once; requests in flight finish (at most `graceMs`); every
   * answer from then on says `connection: close`; idle keep-alive connections are closed at once. The
   * server keeps accepting connections until the last request in flight is answered, so a client whose idle
   * connection was closed, or that sends on one just then, opens a new one and is answered: nothing is reset.
   */
  close(graceMs?: number): Promise<void>;
}

export interface ListenOptions {
  port: number;
  host?: string | undefined;
  /** The path of the readiness probe, which answers 503 once draining begins, whatever the app would say. */
  readinessPath?: string | undefined;
}

/**
 * Node's default of 16 kB of request line and headers is less than the explorer's link to a view of 500
 * entities can take (their keys are in its query string); 64 kB holds that with room to spare.
 */
const MAX_HEADER_BYTES = 64 * 1024;

export async function listen(handler: RequestListener, { port, host, readinessPath }: ListenOptions): Promise<RunningServer> {
  const inFlight = new Set<ServerResponse>();
  let draining = false;
  let drained: (() => void) | undefined;

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (request, response) => {
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      if (inFlight.size === 0) drained?.();
    });
    if (draining) {
      response.setHeader('connection', 'close');
      if (readinessPath !== undefined && isProbe(request, readinessPath)) return shuttingDown(response);
    }
    handler(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host }, resolve);
  });

  let closing: Promise<void> | undefined;
  const close = (graceMs: number) =>
    new Promise<void>((resolve, reject) => {
      draining = true;
      // Answers not begun yet end their connection too; answers already on their way leave it idle, and
      // idle connections are closed when the drain ends.
      for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
      server.closeIdleConnections();
      const stop = () => {
        drained = undefined;
        clearTimeout(timer);
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      };
      const timer = setTimeout(() => {
        // A request still running after the grace period (or a client trickling its body) is cut off.
        server.closeAllConnections();
        stop();
      }, graceMs);
      timer.unref();
      if (inFlight.size === 0) stop();
      else drained = stop;
    });

  return {
    port: (server.address() as AddressInfo).port,
    close: (graceMs = 10_000) => (closing ??= close(graceMs)),
  };
}

function isProbe(request: IncomingMessage, path: string): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.url ?? '').split('?')[0] === path;
}

function shuttingDown(response: ServerResponse): void {
  response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' });
  response.end('The service is shutting down: it finishes the requests in flight, then stops.\n');
}
