import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser, Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, screenshot } from '../support/browser.ts';
import { openExplorer, withServerAndBrowser } from '../support/explorer.ts';
import type { TestServer } from '../support/test-server.ts';

/*
 * The files the explorer hands over, downloaded by a real browser and read back as another program would:
 * GraphML parsed as XML, a PNG by its signature and header, a timeline's CSV by its rows.
 */

/** The app fetches before it draws; on a busy machine that takes seconds, not the one second `poll` allows by default. */
const POLL = { timeout: 20_000 };

let server: TestServer;
let browser: Browser;
withServerAndBrowser((running) => ({ server, browser } = running));

// Four entities on the canvas, the third hidden: the exports hold what is visible, so three.
const KEYS = ['person/olzhas-bektenov', 'person/li-qiang', 'person/zhang-xiao', 'country/kazakhstan'];
const HIDDEN = 'person/zhang-xiao';
const VIEW = `?v=1&n=person/olzhas-bektenov,li-qiang,zhang-xiao;country/kazakhstan&h=2`;

async function download(page: Page, choose: () => Promise<void>): Promise<{ download: Download; body: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), choose()]);
  const path = await download.path();
  return { download, body: await readFile(path) };
}

/** Opens the Export menu from the keyboard and picks a format by moving to it with the arrow keys. */
async function exportWithKeyboard(page: Page, format: string) {
  const button = page.getByRole('button', { name: 'Export the view' });
  await button.focus();
  await page.keyboard.press('ArrowDown');
  const items = page.getByRole('menuitem');
  await items.first().waitFor();
  const formats = await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-format')));
  for (let index = 0; index < formats.indexOf(format); index++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-format')), POLL).toBe(format);
  await page.keyboard.press('Enter');
}

type XmlElement = Record<string, unknown>;
const asList = (value: unknown): XmlElement[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]) as XmlElement[];

describe('exports of the canvas', () => {
  it('downloads GraphML of the visible subgraph that parses and holds the visible nodes and their relationships', async () => {
    const page = await openExplorer(browser, server.url, VIEW);
    const { download: file, body } = await download(page, () => exportWithKeyboard(page, 'graphml'));
    expect(file.suggestedFilename()).toMatch(/\.graphml$/);
    const text = body.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);

    const root = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(text).graphml as XmlElement;
    const keys = new Map(asList(root.key).map((key) => [key['@id'] as string, key['@attr.name'] as string]));
    const attributes = (element: XmlElement) =>
      Object.fromEntries(asList(element.data).map((data) => [keys.get(data['@key'] as string), data['#text']]));
    const graph = root.graph as XmlElement;
    const nodes = asList(graph.node).map(attributes);
    const visibleKeys = KEYS.filter((key) => key !== HIDDEN);
    expect(nodes.map((node) => node.key).sort()).toEqual([...visibleKeys].sort());
    for (const node of nodes) {
      expect(node.label).toBeTruthy();
      expect(node.type).toMatch(/^(Person|Country)$/);
      expect(Number(node.degree)).toBeGreaterThan(0);
    }

    // The relationships among the visible entities, as the API gives them, and no other.
    const ids = nodes.map((node) => node.apiId as string);
    const among = await server.graphql<{ relationshipsAmong: { id: string }[] }>('query ($ids: [ID!]!) { relationshipsAmong(ids: $ids) { id } }', { ids });
    const edges = asList(graph.edge).map(attributes);
    expect(edges.map((edge) => edge.apiId).sort()).toEqual(among.data!.relationshipsAmong.map((relationship) => relationship.id).sort());
    for (const edge of edges) expect(edge.type).toMatch(/^[A-Z_]+$/);
    await page.context().close();
  });

  it('downloads a PNG of the view that is a real PNG of some size', async () => {
    const page = await openExplorer(browser, server.url, VIEW);
    await page.getByRole('button', { name: 'Export the view' }).click();
    const { download: file, body } = await download(page, () => page.getByRole('menuitem', { name: /^PNG image/ }).click());
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect(body.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(body.subarray(12, 16).toString('ascii')).toBe('IHDR');
    const width = body.readUInt32BE(16);
    const height = body.readUInt32BE(20);
    expect(width).toBeGreaterThan(200);
    expect(height).toBeGreaterThan(200);
    // Nodes, edges and labels on white compress to well over a blank picture's few hundred bytes.
    expect(body.length).toBeGreaterThan(5_000);
    // Kept for a person to look at beside the screenshots.
    await mkdir(SCREENSHOTS, { recursive: true });
    await file.saveAs(join(SCREENSHOTS, 'explorer-export-png.png'));
    await page.context().close();
  });

  it('downloads an SVG of the view with a circle for each visible node', async () => {
    const page = await openExplorer(browser, server.url, VIEW);
    const { body } = await download(page, () => exportWithKeyboard(page, 'svg'));
    const text = body.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    expect(text.match(/<circle /g)).toHaveLength(KEYS.length - 1);
    // The drawing as a browser renders it, to compare with the canvas by eye.
    const viewer = await page.context().newPage();
    await viewer.setContent(text.replace(/^<\?xml[^>]*>/, ''));
    await screenshot(viewer, 'explorer-export-svg');
    await screenshot(page, 'explorer-export-canvas');
    await page.context().close();
  });
});

describe('exports of a timeline', () => {
  it('downloads the events timeline as CSV, one row per listed event', async () => {
    const page = await openExplorer(browser, server.url, '?v=1&d=2024-01-01~2024-12-31');
    await page.getByRole('tab', { name: 'Events' }).click();
    await page.locator('.event-list li').first().waitFor();
    const listed = await page.locator('.event-list li').evaluateAll((items) => items.map((item) => item.getAttribute('data-key')));
    const { download: file, body } = await download(page, () => page.getByRole('button', { name: 'Export the list of events as CSV' }).click());
    expect(file.suggestedFilename()).toBe('events-from-2024-01-01-to-2024-12-31.csv');
    const text = body.toString('utf8').replace(/^\uFEFF/, '');
    const lines = text.split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe('name,kind,date,start,end,place,key');
    expect(lines).toHaveLength(listed.length + 1);
    // The key is the last field and never needs quotes.
    expect(lines.slice(1).map((line) => line.split(',').at(-1))).toEqual(listed);
    await page.context().close();
  });
});
