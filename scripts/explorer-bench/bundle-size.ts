/**
 * What a page of web/dist costs to load: the HTML, the scripts and styles it names, and every module those
 * import statically (the first load), with their raw, gzip and brotli sizes; and, apart, what it can load
 * later (dynamic imports, workers, fonts named by its CSS). Read from the built files, without a manifest:
 * an asset belongs to a page when the page's files name it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { bytes, table } from './report.ts';

export interface AssetSize {
  file: string;
  raw: number;
  /** What the service sends to a client that accepts gzip: the .gz beside the file, else the file itself. */
  gzip: number;
  brotli: number;
  /** No precompressed copy (below the build's 1 kB threshold, or the HTML page): sent as it is. */
  uncompressed: boolean;
}

export interface PageBundle {
  page: string;
  firstLoad: AssetSize[];
  lazy: AssetSize[];
}

// `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`; not `import("./x.js")`, which is lazy.
const STATIC_IMPORT = /(?:^|[^.\w$])(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["'](?:\.\/|\/assets\/)([^"']+)["']/g;
// The assets an HTML page names in its <script> and <link> tags.
const PAGE_ASSET = /<(?:script|link)\b[^>]*\b(?:src|href)="\/assets\/([^"]+)"/g;

function sizeOf(folder: string, file: string): AssetSize {
  const path = join(folder, file);
  const raw = statSync(path).size;
  const sizeBeside = (suffix: string) => (existsSync(path + suffix) ? statSync(path + suffix).size : undefined);
  const gzip = sizeBeside('.gz');
  const brotli = sizeBeside('.br');
  return { file, raw, gzip: gzip ?? raw, brotli: brotli ?? raw, uncompressed: gzip === undefined && brotli === undefined };
}

/** The service sends the page itself as it is (src/web-assets.ts), whatever copies lie beside it. */
function pageSize(dist: string, page: string): AssetSize {
  const raw = statSync(join(dist, page)).size;
  return { file: page, raw, gzip: raw, brotli: raw, uncompressed: true };
}

/** Every asset of the build but source maps and the precompressed copies. */
function assetNames(assets: string): string[] {
  return readdirSync(assets).filter((name) => !/\.(?:map|gz|br)$/.test(name));
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/** Everything reachable from `start` by following `next`, in the order found. */
function closure(start: string[], next: (file: string) => string[]): string[] {
  const seen = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...next(file));
  }
  return [...seen];
}

export function measurePage(dist: string, page: string): PageBundle {
  const assets = join(dist, 'assets');
  const names = assetNames(assets);
  const text = (file: string) => (/\.(?:js|css)$/.test(file) ? readFileSync(join(assets, file), 'utf8') : '');
  const html = readFileSync(join(dist, page), 'utf8');
  const firstLoad = closure(matches(html, PAGE_ASSET), (file) => matches(text(file), STATIC_IMPORT));
  const everyNamed = (file: string) => names.filter((name) => name !== file && text(file).includes(name));
  const reachable = closure(firstLoad, everyNamed);
  return {
    page,
    firstLoad: [pageSize(dist, page), ...firstLoad.map((file) => sizeOf(assets, file))],
    lazy: reachable.filter((file) => !firstLoad.includes(file)).map((file) => sizeOf(assets, file)),
  };
}

const total = (sizes: AssetSize[], key: 'raw' | 'gzip' | 'brotli') => sizes.reduce((sum, size) => sum + size[key], 0);

function rows(sizes: AssetSize[]): string[][] {
  return sizes.map((size) => [
    size.uncompressed ? `${size.file} (sent uncompressed)` : size.file,
    bytes(size.raw),
    bytes(size.gzip),
    bytes(size.brotli),
  ]);
}

function totalRow(label: string, sizes: AssetSize[]): string[] {
  return [label, bytes(total(sizes, 'raw')), bytes(total(sizes, 'gzip')), bytes(total(sizes, 'brotli'))];
}

/** The page's tables and its first load against the target, as printed text. */
export function describeBundle(bundle: PageBundle, gzipTargetBytes: number): string {
  const header = ['file', 'raw', 'gzip', 'brotli'];
  const gzip = total(bundle.firstLoad, 'gzip');
  const verdict = gzip <= gzipTargetBytes ? 'within' : 'OVER';
  const lines = [
    `${bundle.page}: first load ${bytes(gzip)} gzipped, ${verdict} the target of ${bytes(gzipTargetBytes)} gzipped`,
    '',
    table(header, [...rows(bundle.firstLoad), totalRow('first load, total', bundle.firstLoad)]),
    '',
  ];
  if (bundle.lazy.length === 0) return [...lines, 'Loaded later: nothing.'].join('\n');
  return [
    ...lines,
    `Loaded later, when needed (dynamic imports, workers, fonts), ${bundle.lazy.length} files:`,
    '',
    table(header, [...rows(bundle.lazy), totalRow('loaded later, total', bundle.lazy)]),
  ].join('\n');
}
