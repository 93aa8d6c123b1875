import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startTestServer, type TestServer } from './test-server.ts';

/** The smallest screen the explorer is made for; tests use it so what works there works larger too. */
export const VIEWPORT = { width: 1280, height: 800 };

/**
 * A new page (its own context, so no storage or history is shared with other tests) on the explorer, once
 * the app has rendered and any view in the URL is restored.
 */
export async function openExplorer(browser: Browser, serverUrl: string, query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${serverUrl}/explore${query}`);
  await page.locator('.explorer[data-explorer-ready="true"]').waitFor({ timeout: 30_000 });
  await waitForCanvasIdle(page);
  return page;
}

/** Waits until no request is in flight and the layout has settled, so the canvas and the table hold still. */
export async function waitForCanvasIdle(page: Page, timeout = 30_000): Promise<void> {
  await page.locator('.explorer[data-busy="false"] .canvas-area[data-layout="idle"]').waitFor({ timeout });
}

/**
 * Starts the real service and Chromium before a file's tests and stops both after them; `started` hears of
 * them so the file keeps them in variables of its own.
 */
export function withServerAndBrowser(started: (running: { server: TestServer; browser: Browser }) => void): void {
  let running: { server: TestServer; browser: Browser } | undefined;
  beforeAll(async () => {
    const [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    running = { server, browser };
    started(running);
  });
  afterAll(async () => {
    await running?.browser.close();
    await running?.server.close();
  });
}
