import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

/** The built pages (`npm run build:web` makes them; `npm start` and `npm test` build them when stale). */
export interface WebAssets {
  /** The explorer's page, served at /explore; undefined while web/dist is being rebuilt. */
  readonly explorerHtml: string | undefined;
  /** GraphiQL's page, served at /graphql to browsers; undefined while web/dist is being rebuilt. */
  readonly graphiqlHtml: string | undefined;
  /** Everything under /assets/: hashed file names, so cached for a year. */
  serveAsset: RequestListener;
}

const YEAR = `public,max-age=${365 * 24 * 60 * 60},immutable`;

/** The names the build gives assets: flat under /assets/, no path of their own. */
const ASSET_PATH = /^\/assets\/[\w-]+(\.[\w-]+)*$/;

/**
 * Reads the build in `folder`; undefined when it has not been built, so the API still runs without it.
 *
 * The files are looked up on each request rather than listed once at start: a build while the service
 * runs (`npm run build:web`) replaces them, and sirv's list would then name files that are gone, whose
 * read fails outside any handler and ends the process. Looked up afresh, a page names the assets that
 * exist, and a missing one is a 404.
 */
export function loadWebAssets(folder: string): WebAssets | undefined {
  const explorer = join(folder, 'explorer.html');
  const graphiql = join(folder, 'graphiql.html');
  if (!existsSync(explorer) || !existsSync(graphiql)) return undefined;
  const assets = sirv(folder, {
    dev: true,
    brotli: true,
    gzip: true,
    etag: true,
    dotfiles: false,
    // Hashed names never change content, so a browser need not ask again; brotli or gzip files made at
    // build time are sent to clients that accept them.
    setHeaders: (response) => response.setHeader('Cache-Control', YEAR),
  });
  return {
    get explorerHtml() {
      return readPage(explorer);
    },
    get graphiqlHtml() {
      return readPage(graphiql);
    },
    serveAsset: (request, response) => {
      if (!isRead(request)) return notAllowed(response);
      // The .br and .gz files are how an asset travels, not names of their own: asked for directly, they
      // would arrive compressed whatever the client accepts.
      const path = pathOf(request);
      if (!ASSET_PATH.test(path) || /\.(br|gz)$/.test(path)) return notFound(response);
      // sirv sets this too, but only on a 200: a 304 must name the same variants.
      response.setHeader('vary', 'Accept-Encoding');
      request.headers['accept-encoding'] = acceptedCodings(request.headers['accept-encoding']);
      assets(request, response, () => notFound(response));
    },
  };
}

/** A page as built, read when asked for (a kilobyte); undefined while a build has removed it. */
function readPage(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

const CODINGS = ['br', 'gzip'] as const;

/**
 * The codings of ours a client accepts, as the plain list sirv reads. sirv only looks for the words, so
 * `br;q=0` (refused, by RFC 9110) would still get brotli, and `*` would get nothing compressed.
 */
export function acceptedCodings(header: string | string[] | undefined): string {
  const weights = new Map<string, number>();
  for (const item of [header ?? ''].flat().join(',').split(',')) {
    const [name = '', ...parameters] = item.split(';').map((part) => part.trim().toLowerCase());
    if (name === '') continue;
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    weights.set(name, q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const wildcard = weights.get('*');
  return CODINGS.filter((coding) => (weights.get(coding) ?? wildcard ?? 0) > 0).join(', ');
}

/** What a browser is told in place of a page that is not built; the one wording for both pages. */
export const NOT_BUILT =
  'The explorer and GraphiQL are not built, or are being rebuilt: run `npm run build:web` (npm start does it when needed).\n';

/**
 * Puts the explorer in front of the API: /explore and /assets/* are static files, everything else goes to
 * `api`. The pages themselves are small and sent with `no-cache`, so a new build is picked up at once while
 * the hashed assets they name stay cached.
 */
export function withWebAssets(api: RequestListener, assets: WebAssets | undefined): RequestListener {
  return (request, response) => {
    const path = pathOf(request);
    if (path === '/explore' || path === '/explore/') return sendPage(request, response, assets?.explorerHtml);
    if (path.startsWith('/assets/')) return assets ? assets.serveAsset(request, response) : notFound(response);
    if (path === '/graphql' && request.headers.accept?.includes('text/html')) {
      // Yoga renders GraphiQL for GET only, and HEAD of the same page would be refused as a GraphQL request.
      if (request.method === 'HEAD' && assets) return sendPage(request, response, assets.graphiqlHtml);
      // Yoga says nothing of caching the page; like /explore it must be asked for again, so a new build's
      // asset names reach the browser. A header set here is merged into the ones Yoga writes.
      if (request.method === 'GET') response.setHeader('cache-control', 'no-cache');
    }
    return api(request, response);
  };
}

function pathOf(request: IncomingMessage): string {
  return (request.url ?? '/').split('?', 1)[0] ?? '/';
}

function isRead(request: IncomingMessage): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

function sendPage(request: IncomingMessage, response: ServerResponse, html: string | undefined) {
  if (!isRead(request)) return notAllowed(response);
  if (html === undefined) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end(NOT_BUILT);
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
  response.end(request.method === 'HEAD' ? undefined : html);
}

function notAllowed(response: ServerResponse) {
  response.writeHead(405, { allow: 'GET, HEAD' }).end();
}

function notFound(response: ServerResponse) {
  response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
}
