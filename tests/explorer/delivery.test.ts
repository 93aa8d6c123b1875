import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../src/hardening.ts';
import { listen } from '../../src/http-server.ts';
import { acceptedCodings, loadWebAssets, withWebAssets } from '../../src/web-assets.ts';
import { startTestServer, type TestServer } from '../support/test-server.ts';

/**
 * How the two pages reach a browser: small HTML that is always asked for again, naming hashed assets that are
 * sent compressed (brotli or gzip, made at build time) and cached for a year. Raw HTTP throughout: fetch would
 * decompress and hide what travelled.
 */

interface RawAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  /** The bytes as sent, still compressed when they were. */
  body: Buffer;
}

/** `url` is split by hand so that its path is sent as written: `..` is not resolved away on the way. */
function raw(url: string, { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  const { hostname, port } = new URL(url);
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2));
  return new Promise<RawAnswer>((resolve, reject) => {
    const request = httpRequest({ hostname, port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end();
  });
}

const HTML = { accept: 'text/html,application/xhtml+xml' };
const YEAR = 'public,max-age=31536000,immutable';
/** vite.config.ts compresses files of at least this many bytes; smaller ones travel as they are. */
const COMPRESSION_THRESHOLD = 1024;

/** Scripts, module preloads and stylesheets a page names: what a browser fetches before anything runs. */
function referencedAssets(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  return tags.flatMap((tag) => {
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') return [];
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    return url ? [url] : [];
  });
}

function decode(answer: RawAnswer): Buffer {
  switch (answer.headers['content-encoding']) {
    case 'br':
      return brotliDecompressSync(answer.body);
    case 'gzip':
      return gunzipSync(answer.body);
    default:
      return answer.body;
  }
}

const CONTENT_TYPES: Record<string, RegExp> = { js: /^text\/javascript/, css: /^text\/css/ };

const PAGES = [
  { name: 'explorer', path: '/explore' },
  { name: 'GraphiQL', path: '/graphql' },
] as const;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

describe.each(PAGES)('the $name page at $path', ({ name, path }) => {
  let page: RawAnswer;
  let assets: string[];

  beforeAll(async () => {
    page = await raw(`${server.url}${path}`, { headers: HTML });
    assets = referencedAssets(page.body.toString('utf8'));
  });

  it('is small HTML that the browser asks for again, so a new build is seen at once', () => {
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.body.length).toBeLessThan(2048);
    expect(assets.some((asset) => asset.endsWith('.js'))).toBe(true);
    expect(assets.some((asset) => asset.endsWith('.css'))).toBe(true);
    for (const asset of assets) expect(asset).toMatch(/^\/assets\/[\w.-]+-[\w-]{8}\.(js|css)$/);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await raw(`${server.url}${path}`, { method: 'HEAD', headers: HTML });
    expect(head.status).toBe(200);
    // Yoga names no charset for GraphiQL's page, which declares UTF-8 itself; the media type must agree.
    expect(head.headers['content-type']).toMatch(/^text\/html/);
    expect(head.body.length).toBe(0);
  });

  it('names assets sent as brotli, gzip or identity by what the client accepts, each cached for a year', async () => {
    for (const asset of assets) {
      const url = `${server.url}${asset}`;
      const identity = await raw(url);
      const compressible = identity.body.length >= COMPRESSION_THRESHOLD;
      const expected = [
        { accept: 'br, gzip', encoding: compressible ? 'br' : undefined },
        { accept: 'gzip', encoding: compressible ? 'gzip' : undefined },
        { accept: 'identity', encoding: undefined },
        // A coding refused by q=0 is not sent (sirv on its own sent brotli here).
        { accept: 'br;q=0, gzip', encoding: compressible ? 'gzip' : undefined },
      ];
      for (const { accept, encoding } of expected) {
        const answer = await raw(url, { headers: { 'accept-encoding': accept } });
        const context = `${asset} with accept-encoding: ${accept}`;
        expect(answer.status, context).toBe(200);
        expect(answer.headers['content-encoding'], context).toBe(encoding);
        expect(answer.headers['content-type'], context).toMatch(CONTENT_TYPES[asset.split('.').pop() ?? ''] ?? /^$/);
        expect(answer.headers['cache-control'], context).toBe(YEAR);
        expect(answer.headers.vary, context).toMatch(/accept-encoding/i);
        expect(Number(answer.headers['content-length']), context).toBe(answer.body.length);
        expect(decode(answer).equals(identity.body), `${context}: the same file once decoded`).toBe(true);
      }
    }
  });

  it('answers a revalidation with 304 that still names its variants', async () => {
    const [asset] = assets;
    const first = await raw(`${server.url}${asset}`, { headers: { 'accept-encoding': 'br' } });
    const etag = String(first.headers.etag);
    const again = await raw(`${server.url}${asset}`, { headers: { 'accept-encoding': 'br', 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.vary).toMatch(/accept-encoding/i);
  });

  it(`reports what the ${name} page costs on a first load`, async () => {
    const sizes = { html: page.body.length, brotli: page.body.length, gzip: page.body.length, identity: page.body.length };
    for (const asset of assets) {
      for (const [coding, accept] of [['brotli', 'br'], ['gzip', 'gzip'], ['identity', 'identity']] as const) {
        const answer = await raw(`${server.url}${asset}`, { headers: { 'accept-encoding': accept } });
        sizes[coding] += answer.body.length;
      }
    }
    const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    console.log(
      `${name} (${path}): HTML ${kB(sizes.html)} + ${assets.length} assets named by the page = ` +
        `${kB(sizes.brotli)} brotli, ${kB(sizes.gzip)} gzip, ${kB(sizes.identity)} uncompressed ` +
        `(bodies only; modules the page loads later are not counted here)`,
    );
    expect(sizes.brotli).toBeLessThan(sizes.identity);
  });
});

describe('a shared link to a large view', () => {
  it('opens, however many entity keys its query string holds (500 keys of 95 characters)', async () => {
    const keys = Array.from({ length: 500 }, (_, index) => `person/${String(index).padStart(88, 'x')}`);
    const answer = await raw(`${server.url}/explore?v=1&n=${keys.join(',')}`, { headers: HTML });
    expect(answer.status).toBe(200);
  });
});

describe('the assets folder', () => {
  it('answers 404 for an asset that does not exist, in words', async () => {
    for (const path of ['/assets/nothing-here-12345678.js', '/assets/', '/assets/../package.json']) {
      const answer = await raw(`${server.url}${path}`, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).toBe('Not found\n');
    }
  });

  it('does not hand out the compressed copies under their own names', async () => {
    const page = await raw(`${server.url}/explore`);
    const [asset] = referencedAssets(page.body.toString('utf8')).filter((url) => url.endsWith('.js'));
    const answer = await raw(`${server.url}${asset}.br`, { headers: { 'accept-encoding': 'identity' } });
    expect(answer.status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const page = await raw(`${server.url}/explore`);
    const [asset] = referencedAssets(page.body.toString('utf8'));
    const answer = await raw(`${server.url}${asset}`, { method: 'POST' });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });
});

describe('a build replacing the files while the service runs', () => {
  // A folder of our own, so the shared web/dist is left alone.
  let folder: string;
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'web-assets-'));
    mkdirSync(join(folder, 'assets'));
    for (const page of ['explorer.html', 'graphiql.html']) writeFileSync(join(folder, page), '<!doctype html><title>old</title>');
    writeFileSync(join(folder, 'assets', 'old-12345678.js'), 'console.log(1);'.repeat(100));
    writeFileSync(join(folder, 'assets', 'old-12345678.js.br'), brotliCompressSync('console.log(1);'.repeat(100)));
    const api: RequestListener = (_request, response) => response.writeHead(418).end();
    const service = await listen(withWebAssets(api, loadWebAssets(folder)), { port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${service.port}`;
    close = () => service.close(1_000);
  });

  afterAll(async () => {
    await close?.();
    rmSync(folder, { recursive: true, force: true });
  });

  it('serves the new pages and assets, and answers for removed ones instead of failing', async () => {
    rmSync(join(folder, 'assets', 'old-12345678.js'));
    rmSync(join(folder, 'assets', 'old-12345678.js.br'));
    expect((await raw(`${url}/assets/old-12345678.js`, { headers: { 'accept-encoding': 'br' } })).status).toBe(404);

    rmSync(join(folder, 'explorer.html'));
    const midBuild = await raw(`${url}/explore`);
    expect(midBuild.status).toBe(503);
    expect(midBuild.body.toString()).toMatch(/being rebuilt/);

    writeFileSync(join(folder, 'explorer.html'), '<!doctype html><title>new</title>');
    writeFileSync(join(folder, 'assets', 'new-87654321.js'), 'console.log(2);');
    expect((await raw(`${url}/explore`)).body.toString()).toContain('new');
    const asset = await raw(`${url}/assets/new-87654321.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe(YEAR);
  });
});

describe('accepted codings', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['gzip, deflate, br, zstd', 'br, gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['*', 'br, gzip'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', ''],
    [['br', 'GZIP; Q=1'], 'br, gzip'],
  ])('%j means %j', (header, codings) => {
    expect(acceptedCodings(header)).toBe(codings);
  });
});

describe('the API beside the pages', () => {
  it('still answers a query sent by POST', async () => {
    const answer = await server.graphql<{ service: { name: string } }>('{ service { name } }');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.service.name).toBe('kz-cn-graph');
  });

  it('still answers a query sent by GET to a client that asks for JSON', async () => {
    const answer = await raw(`${server.url}/graphql?query=${encodeURIComponent('{ service { name } }')}`, {
      headers: { accept: 'application/graphql-response+json', [CSRF_HEADER]: '1' },
    });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body.toString())).toEqual({ data: { service: { name: 'kz-cn-graph' } } });
  });
});
