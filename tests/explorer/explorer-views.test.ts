import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ask } from '../support/api.ts';
import { screenshot } from '../support/browser.ts';
import { openExplorer, withServerAndBrowser } from '../support/explorer.ts';
import type { TestServer } from '../support/test-server.ts';

/*
 * The research views in a real browser against the seeded graph: each is checked against what the API itself
 * answers, so the views are held to the data rather than to numbers copied into the test.
 */

/** The app fetches before it draws; on a busy machine that takes seconds, not the one second `poll` allows by default. */
const POLL = { timeout: 20_000 };

let server: TestServer;
let browser: Browser;
withServerAndBrowser((running) => ({ server, browser } = running));

async function openTab(page: Page, name: 'Trade' | 'Events' | 'Counterparts') {
  await page.getByRole('tab', { name }).click();
}

interface Figure {
  id: string;
  key: string;
  value: number | null;
  citations: { source: { id: string } }[];
}
interface Timeline {
  parties: { name: string }[];
  periods: { period: { text: string }; sourcesDisagree: boolean; values: number[]; figures: Figure[] }[];
  targets: { key: string; value: number; deadline: { text: string } | null }[];
}

async function kazakhstanChinaTurnover(): Promise<Timeline> {
  const answer = await ask<{ tradeTimelines: Timeline[] }>(
    server,
    `{ tradeTimelines(measure: TURNOVER, between: [{ name: "Kazakhstan" }, { name: "China" }]) {
        parties { name }
        periods { period { text } sourcesDisagree values figures { id key value citations { source { id } } } }
        targets { key value deadline { text } } } }`,
  );
  const timeline = answer.tradeTimelines.find((candidate) => candidate.parties.length === 2);
  if (!timeline) throw new Error(`No Kazakhstan–China turnover timeline: ${JSON.stringify(answer)}`);
  return timeline;
}

describe('the trade view', () => {
  it('draws each source’s figures side by side, marks where they disagree, and draws the targets', async () => {
    const timeline = await kazakhstanChinaTurnover();
    const figures = timeline.periods.flatMap((period) => period.figures).filter((figure) => figure.value !== null);
    const sources = new Set(figures.map((figure) => figure.citations[0]!.source.id));
    const disagreeing = timeline.periods.filter((period) => period.sourcesDisagree);
    // The seeded data has what this test is about: more than one source, a disagreement and a target.
    expect(sources.size).toBeGreaterThan(1);
    expect(disagreeing.length).toBeGreaterThan(0);
    expect(timeline.targets.length).toBeGreaterThan(0);

    const page = await openExplorer(browser, server.url);
    await openTab(page, 'Trade');
    const chart = page.locator('.trade-chart svg');
    await chart.waitFor();

    const dots = page.locator('.trade-chart .figure-dot circle');
    await expect.poll(() => dots.count(), POLL).toBe(figures.length);
    // One colour per source, and as many colours as sources.
    const fills = await dots.evaluateAll((circles) => circles.map((circle) => circle.getAttribute('fill')));
    expect(new Set(fills).size).toBe(sources.size);
    await expect.poll(() => page.locator('.trade-chart + *, .trade-view .view-legend li').count(), POLL).toBeGreaterThanOrEqual(sources.size);

    // Each disagreement is named in the chart, and a dot's tooltip gives the other source's value too.
    const labels = await page.locator('.trade-chart .disagreement-label text').allTextContents();
    expect(labels).toEqual(disagreeing.map(() => 'sources disagree'));
    const titles = await dots.evaluateAll((circles) => circles.map((circle) => circle.querySelector('title')?.textContent ?? ''));
    for (const period of disagreeing) {
      const tips = titles.filter((title) => title.startsWith(`${period.period.text}:`));
      expect(tips).toHaveLength(period.figures.length);
      for (const tip of tips) expect(tip).toContain('Sources disagree; also reported');
    }
    const agreeing = titles.filter((title) => !disagreeing.some((period) => title.startsWith(`${period.period.text}:`)));
    for (const tip of agreeing) expect(tip).not.toContain('disagree');

    // Targets: a rule each, labelled with the value and the deadline (or that there is none).
    await expect.poll(() => page.locator('.trade-chart .target-rule line').count(), POLL).toBe(timeline.targets.length);
    const targetLabels = await page.locator('.trade-chart .target-label text').allTextContents();
    expect(targetLabels).toHaveLength(timeline.targets.length);
    for (const label of targetLabels) expect(label).toMatch(/^Target \$\d+(\.\d+)? bn( by \d{4}|, no deadline given)$/);

    // The table says the same, one row per figure and per target, the disagreeing rows marked.
    await expect.poll(() => page.locator('.trade-table tbody tr').count(), POLL).toBe(
      timeline.periods.flatMap((period) => period.figures).length + timeline.targets.length,
    );
    await expect.poll(() => page.locator('.trade-table tr.disagrees').count(), POLL).toBe(
      disagreeing.flatMap((period) => period.figures).length,
    );

    await screenshot(page, 'explorer-trade');

    // A figure's dot is a link: reached from the keyboard, Enter opens it on the canvas (the shared link names it).
    const first = figures[0]!;
    await page.locator('.trade-chart .figure-dot a').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain(first.key.split('/')[1]!);
    await page.context().close();
  });

  it('says in words when a measure has no figures, and another measure can be chosen', async () => {
    const page = await openExplorer(browser, server.url);
    await openTab(page, 'Trade');
    await page.locator('.trade-chart svg').waitFor();
    const answer = await ask<{ tradeTimelines: unknown[] }>(server, '{ tradeTimelines(measure: JOINT_VENTURES) { unit } }');
    await page.getByLabel('Trade measure').selectOption('JOINT_VENTURES');
    if (answer.tradeTimelines.length === 0) {
      await expect.poll(() => page.locator('.trade-view .view-explanation').textContent(), POLL).toContain('No source in the graph gives a figure');
    } else {
      await page.locator('.trade-view .view-table').waitFor();
    }
    await page.context().close();
  });
});

describe('the events view', () => {
  it('lists and draws the events in the date range, earliest first', async () => {
    const from = '2023-01-01';
    const to = '2023-12-31';
    const answer = await ask<{ events: { nodes: { key: string; name: string }[] } }>(
      server,
      `query ($from: Date, $to: Date) { events(filter: { from: $from, to: $to }, first: 100) { nodes { key name } } }`,
      { from, to },
    );
    const expected = answer.events.nodes;
    const all = await ask<{ events: { totalCount: number } }>(server, '{ events { totalCount } }');
    // The range leaves some events out, or the test would not show it is honoured.
    expect(expected.length).toBeGreaterThan(0);
    expect(all.events.totalCount).toBeGreaterThan(expected.length);

    const page = await openExplorer(browser, server.url, `?v=1&d=${from}~${to}`);
    await openTab(page, 'Events');
    await page.locator('.events-chart svg').waitFor();
    const listed = await page.locator('.event-list li').evaluateAll((items) => items.map((item) => item.getAttribute('data-key')));
    expect(listed).toEqual(expected.map((event) => event.key));
    // Each event once on the timeline (a bar over a range, a dot on a single day), titled with its number and name.
    const marks = page.locator('.events-chart :is(.event-bar rect, .event-dot circle)');
    const titles = await marks.evaluateAll((elements) => elements.map((element) => element.querySelector('title')?.textContent ?? ''));
    const numbered = titles.map((title) => title.split('\n')[0]).sort((a, b) => parseInt(a!) - parseInt(b!));
    expect(numbered).toEqual(expected.map((event, index) => `${index + 1}. ${event.name}`));
    await expect.poll(() => page.locator('.events-view .view-range').textContent(), POLL).toBe(`Events from ${from} to ${to}.`);
    await screenshot(page, 'explorer-events');

    // Choosing one in the list opens it on the canvas.
    await page.locator('.event-list li button').first().click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain(expected[0]!.key.split('/')[1]!);
    await page.context().close();
  });
});

describe('the counterparts view', () => {
  it('ranks the selected person’s counterparts by shared events, with the events', async () => {
    const person = 'person/arman-shakkaliyev';
    const answer = await ask<{
      counterparts: { edges: { sharedEventCount: number; node: { key: string; name: string }; sharedEvents: { name: string }[] }[] };
    }>(server, `query ($key: String!) { counterparts(of: { key: $key }, first: 50) { edges { sharedEventCount node { key name } sharedEvents { name } } } }`, {
      key: person,
    });
    const expected = answer.counterparts.edges;
    expect(expected.length).toBeGreaterThan(1);

    const page = await openExplorer(browser, server.url, `?v=1&n=${person}&s=0`);
    await openTab(page, 'Counterparts');
    const items = page.locator('.counterpart-list > li');
    await items.first().waitFor();
    const shown = await items.evaluateAll((elements) =>
      elements.map((element) => ({ key: element.getAttribute('data-key'), shared: Number(element.getAttribute('data-shared')) })),
    );
    expect(shown).toEqual(expected.map((edge) => ({ key: edge.node.key, shared: edge.sharedEventCount })));
    const counts = shown.map((item) => item.shared);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Each with its shared events, named.
    const firstEvents = await items.first().locator('.counterpart-events li').allTextContents();
    expect(firstEvents).toHaveLength(expected[0]!.sharedEvents.length);
    for (const event of expected[0]!.sharedEvents) expect(firstEvents.some((text) => text.includes(event.name))).toBe(true);
    await screenshot(page, 'explorer-counterparts');

    // Putting a counterpart on the canvas.
    await items.first().locator('.counterpart-head button').click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain(expected[0]!.node.key.split('/')[1]!);
    await page.context().close();
  });

  it('offers a list of people when no person is selected, and counts delegations when asked', async () => {
    const count = async (types: string) => {
      const answer = await ask<{ counterparts: { totalCount: number } }>(
        server,
        `{ counterparts(of: { key: "person/serik-zhumangarin" }, types: [${types}]) { totalCount } }`,
      );
      return answer.counterparts.totalCount;
    };
    const people = await count('PERSON');
    const all = await count('PERSON, ORGANIZATION, COUNTRY');
    expect(all).toBeGreaterThan(people);
    const page = await openExplorer(browser, server.url);
    await openTab(page, 'Counterparts');
    const chooser = page.getByLabel('Person whose counterparts to show');
    await chooser.waitFor();
    await expect.poll(() => page.locator('.counterparts-view .view-explanation').textContent(), POLL).toContain('Select a person');
    await chooser.selectOption({ label: 'Serik Zhumangarin' });
    if (people === 0) {
      // He met delegations and organisations rather than people the sources name: the view says so.
      await expect.poll(() => page.locator('.counterparts-view .view-explanation').textContent(), POLL).toContain('Include organisations');
    } else {
      await expect.poll(() => page.locator('.counterpart-list > li').count(), POLL).toBe(people);
    }
    await page.getByLabel('Count organisations, delegations and countries as counterparts too').check();
    await expect.poll(() => page.locator('.counterpart-list > li').count(), POLL).toBe(all);
    await page.context().close();
  });
});
