import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../../src/examples.ts';
import { paths } from '../../src/paths.ts';
import { screenshot } from '../support/browser.ts';
import { withServerAndBrowser } from '../support/explorer.ts';
import type { TestServer } from '../support/test-server.ts';

/**
 * GraphiQL as a researcher meets it: one welcome tab and the research questions listed beside it, each
 * opening in a tab of its own and answering when run. Run in Debian's Chromium against the real service.
 */

/** The smallest screen GraphiQL is made for here, the one whose tab strip overflowed before. */
const VIEWPORT = { width: 1280, height: 800 };

/** The question an example asks, read from its file here rather than through the page's own reader. */
function questionOf(name: string): string {
  const text = readFileSync(join(paths.examples, `${name}.graphql`), 'utf8');
  const comment = text.split('\n').filter((_, index, lines) => lines.slice(0, index + 1).every((line) => line.startsWith('#')));
  return squash(comment.map((line) => line.replace(/^#\s?/, '')).join(' '));
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

let server: TestServer;
let browser: Browser;
withServerAndBrowser((running) => ({ server, browser } = running));

interface Visit {
  context: BrowserContext;
  page: Page;
  problems: string[];
  /** Bytes that have crossed the wire since the page was opened (compressed bodies and headers), by Chromium. */
  transferred: () => number;
}

/** A fresh browser profile on GraphiQL, with every console error and uncaught exception kept. */
async function visitGraphiQL(context?: BrowserContext): Promise<Visit> {
  const ownContext = context ?? (await browser.newContext({ viewport: VIEWPORT }));
  const page = await ownContext.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // On the context, so that requests from the editors' workers are heard too.
  ownContext.on('requestfailed', (request) => problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`));
  ownContext.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Counted as responses finish, workers' included; inline data: fonts and images cross no wire.
  let bytes = 0;
  page.on('requestfinished', (request) => {
    if (request.url().startsWith('data:')) return;
    void request.sizes().then((sizes) => {
      bytes += sizes.responseHeadersSize + sizes.responseBodySize;
    });
  });
  await page.goto(`${server.url}/graphql`);
  // The list's buttons are enabled once the editors exist; before that there is nowhere to open a question.
  await page
    .locator('button.kz-question:not([disabled])')
    .first()
    .waitFor({ timeout: 30_000 })
    .catch(async (error: unknown) => {
      await screenshot(page, 'graphiql-not-usable');
      throw new Error(`GraphiQL did not become usable: ${String(error)}\n${problems.join('\n')}`);
    });
  return { context: ownContext, page, problems, transferred: () => bytes };
}

const tabTitles = (page: Page) => page.locator('.graphiql-tab .graphiql-tab-button').allInnerTexts();

/** Whether the tab strip's content is wider than the strip: the overflow this page had with 15 tabs. */
const tabStripOverflows = (page: Page) =>
  page.locator('.graphiql-tabs').evaluate((strip) => strip.scrollWidth > strip.clientWidth + 1);

const activeTab = (page: Page) => page.locator('.graphiql-tab-active .graphiql-tab-button');

/** Whether the active tab lies wholly within the visible part of the tab strip. */
const activeTabInView = (page: Page) =>
  page.evaluate(() => {
    const strip = document.querySelector('.graphiql-tabs')?.getBoundingClientRect();
    const tab = document.querySelector('.graphiql-tab-active')?.getBoundingClientRect();
    return !!strip && !!tab && tab.left >= strip.left - 1 && tab.right <= strip.right + 1;
  });

function operationOf(name: string): string {
  const example = examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`examples/${name}.graphql is missing`);
  return example.operationName;
}

/** A light question, quick to answer even on a busy machine: the one the result checks run. */
const PRIME_MINISTER = operationOf('who-was-prime-minister-on-2024-03-13');

const question = (page: Page, operationName: string) => page.locator(`button.kz-question[data-operation="${operationName}"]`);

/** The active tab's saved state, as GraphiQL keeps it (debounced by half a second) in localStorage. */
async function savedTabs(page: Page): Promise<{ tabs: { title: string; variables: string | null }[]; activeTabIndex: number }> {
  await page.waitForTimeout(700);
  return page.evaluate(() => JSON.parse(localStorage.getItem('graphiql:tabState') ?? '{"tabs":[],"activeTabIndex":-1}'));
}

/** Runs the active tab and returns what the service answered, once the result pane shows it. */
async function run(page: Page): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const [response] = await Promise.all([
    page.waitForResponse((answer) => answer.url().endsWith('/graphql') && answer.request().method() === 'POST' && !answer.request().postData()?.includes('IntrospectionQuery')),
    page.locator('button.graphiql-execute-button').click(),
  ]);
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  await page.locator('.result-window .view-lines').getByText('"data"').first().waitFor();
  return body;
}

describe('GraphiQL at /graphql', () => {
  let visit: Visit;

  beforeAll(async () => {
    visit = await visitGraphiQL();
  });

  afterAll(async () => {
    await visit?.context.close();
  });

  it('opens on one welcome tab whose query runs, with the research questions listed and a link to the explorer', async () => {
    const { page } = visit;
    expect(await page.title()).toContain('Kazakhstan–China graph');
    expect(await tabTitles(page)).toEqual(['Welcome']);
    await expect(page.locator('#kz-questions-title').innerText()).resolves.toBe('Research questions');
    expect(await page.getByRole('link', { name: 'Open the graph explorer' }).getAttribute('href')).toBe('/explore');
    // Once the editors are up and the schema is in: what a first visit costs, everything counted.
    await page.waitForLoadState('networkidle');
    console.log(
      `GraphiQL's first load in Chromium: ${(visit.transferred() / 1024).toFixed(1)} kB transferred ` +
        '(HTML, scripts, styles, fonts, workers and the schema query; brotli where offered)',
    );
    const welcome = await run(page);
    expect(welcome.errors).toBeUndefined();
    expect(welcome.data).toMatchObject({ service: { name: 'kz-cn-graph' }, sources: { totalCount: expect.any(Number) } });
  });

  it('lists every example with its whole question and its operation name', async () => {
    const { page } = visit;
    const items = page.locator('button.kz-question');
    expect(await items.count()).toBe(examples.length);
    expect(examples.length).toBe(15);
    for (const [index, example] of examples.entries()) {
      const item = items.nth(index);
      expect(await item.getAttribute('data-operation')).toBe(example.operationName);
      const shown = squash(await item.innerText());
      expect(shown).toBe(`${questionOf(example.name)} ${example.operationName}`);
      // Nothing cut off: each entry is as tall as its text needs.
      expect(await item.evaluate((element) => element.scrollHeight <= element.clientHeight + 1)).toBe(true);
    }
    await screenshot(page, 'graphiql-questions');
  });

  it('opens a chosen question in the untouched welcome tab, with its variables', async () => {
    const { page } = visit;
    await question(page, PRIME_MINISTER).click();
    expect(await tabTitles(page)).toEqual([PRIME_MINISTER]);
    await expect(question(page, PRIME_MINISTER).getAttribute('aria-current')).resolves.toBe('page');
    const saved = await savedTabs(page);
    expect(JSON.parse(saved.tabs[saved.activeTabIndex]?.variables ?? '{}')).toEqual({ post: 'Prime Minister', on: '2024-03-13' });
  });

  it('opens the next question in a tab of its own, goes back to an open one rather than opening it twice, and runs it', async () => {
    const { page } = visit;
    const [second, third] = [operationOf('summits-and-talks-attended-by-tokayev'), operationOf('logistics-hubs-working-in-china')];
    await question(page, second).click();
    await question(page, third).click();
    expect(await tabTitles(page)).toEqual([PRIME_MINISTER, second, third]);
    await question(page, PRIME_MINISTER).click();
    expect(await tabTitles(page)).toEqual([PRIME_MINISTER, second, third]);
    await expect(activeTab(page).innerText()).resolves.toBe(PRIME_MINISTER);
    expect(await tabStripOverflows(page)).toBe(false);

    const answer = await run(page);
    expect(answer.errors).toBeUndefined();
    expect(JSON.stringify(answer.data)).toContain('Olzhas Bektenov');
    await screenshot(page, 'graphiql-result');
  });

  it('shrinks tabs to fit, and past that keeps the chosen one in view of a strip that scrolls', async () => {
    const { page } = visit;
    const opened = new Set(await tabTitles(page));
    for (const example of examples) {
      await question(page, example.operationName).click();
      opened.add(example.operationName);
      if (opened.size === 5) expect(await tabStripOverflows(page), 'five tabs').toBe(false);
    }
    const last = examples.at(-1)?.operationName ?? '';
    expect(await tabTitles(page)).toHaveLength(examples.length);
    await expect(activeTab(page).innerText()).resolves.toBe(last);
    await page.waitForTimeout(300);
    expect(await activeTabInView(page)).toBe(true);
    await screenshot(page, 'graphiql-many-tabs');
  });

  it('is usable from the keyboard: arrows move through the list, Enter opens a question', async () => {
    const { page } = visit;
    const [firstExample, secondExample] = examples;
    if (!firstExample || !secondExample) throw new Error('fewer than two examples');
    await question(page, firstExample.operationName).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-operation'))).resolves.toBe(secondExample.operationName);
    const focusRing = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(focusRing).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(activeTab(page).innerText()).resolves.toBe(secondExample.operationName);
    const label = await question(page, secondExample.operationName).getAttribute('aria-label');
    expect(label).toContain(secondExample.operationName);
  });

  it('logged no console errors along the way', () => {
    expect(visit.problems).toEqual([]);
  });
});

describe('GraphiQL on a return visit', () => {
  it('opens the list on a first visit only: once closed, it stays closed', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const first = await visitGraphiQL(context);
      await first.page.getByRole('button', { name: 'Hide Research questions' }).click();
      await first.page.locator('#kz-questions-title').waitFor({ state: 'detached' });
      await first.page.close();

      const page = await context.newPage();
      await page.goto(`${server.url}/graphql`);
      await page.getByRole('button', { name: 'Show Research questions' }).waitFor({ timeout: 30_000 });
      expect(await page.locator('#kz-questions-title').count()).toBe(0);
      expect(first.problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
