import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** The built pages (`npm run build:web` makes them; `npm start` and `npm test` build them when stale). */
export interface WebAssets {
  /** The explorer's page, served at /explore. */
  explorerHtml: string;
  /** GraphiQL's page, served at /graphql to browsers. */
  graphiqlHtml: string;
  /** Everything under /assets/: hashed file names, so cached for a year. */
  serveAsset: RequestListener;
}

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Reads the build in `folder`; undefined when it has not been built, so the API still runs without it. */
export function loadWebAssets(folder: string): WebAssets | undefined {
  const explorer = join(folder, 'explorer.html');
  const graphiql = join(folder, 'graphiql.html');
  if (!existsSync(explorer) || !existsSync(graphiql)) return undefined;
  const assets = sirv(folder, {
    // Hashed names never change content, so a browser need not ask again; brotli or gzip files made at
    // build time are sent to clients that accept them.
    maxAge: YEAR_SECONDS,
    immutable: true,
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
  });
  return {
    explorerHtml: readFileSync(explorer, 'utf8'),
    graphiqlHtml: readFileSync(graphiql, 'utf8'),
    serveAsset: (request, response) => assets(request, response, () => notFound(response)),
  };
}

const NOT_BUILT = 'The explorer has not been built: run `npm run build:web` (npm start does it when needed).\n';

/**
 * Puts the explorer in front of the API: /explore and /assets/* are static files, everything else goes to
 * `api`. The pages themselves are small and sent with `no-cache`, so a new build is picked up at once while
 * the hashed assets they name stay cached.
 */
export function withWebAssets(api: RequestListener, assets: WebAssets | undefined): RequestListener {
  return (request, response) => {
    const path = (request.url ?? '/').split('?', 1)[0];
    if (path === '/explore' || path === '/explore/') return sendPage(request, response, assets?.explorerHtml);
    if (path?.startsWith('/assets/')) return assets ? assets.serveAsset(request, response) : notFound(response);
    return api(request, response);
  };
}

function sendPage(request: IncomingMessage, response: ServerResponse, html: string | undefined) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  if (html === undefined) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(NOT_BUILT);
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  response.end(request.method === 'HEAD' ? undefined : html);
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}
