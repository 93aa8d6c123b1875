import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser.ts';
import { VIEWPORT, waitForCanvasIdle, withServerAndBrowser } from '../support/explorer.ts';
import type { TestServer } from '../support/test-server.ts';

/*
 * The path finder in a real browser against the seeded graph: how Ma Xingrui (Xinjiang's party secretary)
 * is connected to Kassym-Jomart Tokayev, as in examples/paths-from-ma-xinzhui-to-tokayev-through-attended-events.graphql,
 * and the same question never through attendance.
 */

const MA = 'Ma Xingrui';
/** A step of a chain: "—ATTENDED→" or "←HELD_POST (President)—". */
const STEP = / (?:—[A-Z_]+(?: \([^)]*\))?→|←[A-Z_]+(?: \([^)]*\))?—) /;
const TOKAYEV = 'Kassym-Jomart Tokayev';

let server: TestServer;
let browser: Browser;
withServerAndBrowser((running) => ({ server, browser } = running));

/** The explorer with both officials on the canvas, Ma Xingrui selected, on the Paths tab. */
async function openPathFinder(): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${server.url}/explore?v=1&n=person/ma-xingrui,kassym-jomart-tokayev&s=0`);
  await page.locator('.explorer[data-explorer-ready="true"]').waitFor({ timeout: 60_000 });
  await page.getByRole('tab', { name: 'Paths' }).click();
  await page.getByRole('form', { name: 'Find the shortest paths' }).waitFor({ timeout: 30_000 });
  return page;
}

/** Asks the question in the form and returns each path as the chain the panel reads out. */
async function findPaths(page: Page, { to, maxLength }: { to: string; maxLength?: number }): Promise<string[]> {
  await page.getByLabel('To', { exact: true }).selectOption({ label: to });
  if (maxLength !== undefined) await page.getByLabel('Longest path, in steps').fill(String(maxLength));
  await page.getByRole('button', { name: 'Find the shortest paths' }).click();
  const answer = page.locator('.panel-paths .panel-answer');
  await answer.waitFor({ timeout: 40_000 });
  const items = page.getByRole('region', { name: 'Shortest paths' }).getByRole('listitem');
  return Promise.all((await items.all()).map(async (item) => (await item.getAttribute('aria-label')) ?? ''));
}

describe('the path finder', { timeout: 180_000 }, () => {
  it('finds the paths between two officials, lists them as chains and puts them on the canvas', async () => {
    const page = await openPathFinder();
    try {
      // The start follows the selection.
      await expect(page.getByLabel('From', { exact: true }).locator('option:checked').innerText()).resolves.toBe(MA);
      const chains = await findPaths(page, { to: TOKAYEV });
      expect(chains.length).toBeGreaterThan(0);
      for (const chain of chains) {
        expect(chain.startsWith(`${MA} `)).toBe(true);
        expect(chain.endsWith(` ${TOKAYEV}`)).toBe(true);
        expect(chain).toMatch(STEP);
      }
      await expect(page.locator('.panel-paths .panel-answer').first().innerText()).resolves.toMatch(
        new RegExp(`shortest paths? of \\d steps? between ${MA} and ${TOKAYEV}, highlighted on the canvas`),
      );

      // The path's entities are on the canvas now: the table view lists the ones between the two.
      const middle = chains[0]!.split(new RegExp(STEP, 'g')).slice(1, -1);
      expect(middle.length).toBeGreaterThan(0);
      await waitForCanvasIdle(page, 60_000);
      await screenshot(page, 'explorer-path');
      await page.getByRole('button', { name: 'Table view' }).click();
      const table = page.getByRole('region', { name: 'Table view of the canvas' });
      for (const name of middle) await table.getByText(name, { exact: true }).first().waitFor({ timeout: 10_000 });

      // The question is part of the view's address, so a shared link asks it again.
      expect(new URL(page.url()).searchParams.get('q')).toMatch(/~$/);
    } finally {
      await page.context().close();
    }
  });

  it('never goes through a kind of relationship to avoid', async () => {
    const page = await openPathFinder();
    try {
      const direct = await findPaths(page, { to: TOKAYEV, maxLength: 6 });
      expect(direct.some((chain) => chain.includes('ATTENDED'))).toBe(true);

      await page.getByRole('checkbox', { name: 'Avoid ATTENDED (attendance)' }).check();
      const avoiding = await findPaths(page, { to: TOKAYEV, maxLength: 6 });
      expect(avoiding.length).toBeGreaterThan(0);
      for (const chain of avoiding) expect(chain).not.toContain('ATTENDED');
      expect(new URL(page.url()).searchParams.get('q')).toMatch(/~ATTENDED$/);
    } finally {
      await page.context().close();
    }
  });

  it('says in words when no path is short enough', async () => {
    const page = await openPathFinder();
    try {
      const chains = await findPaths(page, { to: TOKAYEV, maxLength: 1 });
      expect(chains).toEqual([]);
      await expect(page.locator('.panel-paths .panel-answer').innerText()).resolves.toBe(
        `No path between ${MA} and ${TOKAYEV} within 1 step. Allow longer paths or avoid fewer kinds of relationship.`,
      );
    } finally {
      await page.context().close();
    }
  });
});
