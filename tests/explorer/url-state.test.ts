/* Shared links: a view survives the round trip, garbage restores what it can, and older links still open. */
import { describe, expect, it } from 'vitest';
import { EMPTY_VIEW, parseView, serialiseView, type SharedView } from '../../web/src/explorer/model/url-state.ts';

const VIEW: SharedView = {
  keys: ['person/olzhas-bektenov', 'event/bektenov-li-qiang-meeting-2024', 'person/li-qiang', 'country/kazakhstan'],
  pinned: { 'person/li-qiang': { x: 12.34, y: -5 } },
  hidden: ['country/kazakhstan'],
  filters: { hiddenEntityTypes: ['City', 'Event'], hiddenRelationshipTypes: ['HELD_IN'], dateFrom: '2023-01-01', dateTo: null },
  selection: { kind: 'edge', type: 'ATTENDED', from: 'person/li-qiang', to: 'event/bektenov-li-qiang-meeting-2024' },
  path: { from: 'person/olzhas-bektenov', to: 'person/li-qiang', avoid: ['CONCERNS'] },
};

describe('shared links', () => {
  it('round-trips a view, compactly and without escapes', () => {
    const search = serialiseView(VIEW);
    expect(search).toBe(
      '?v=1&n=person/olzhas-bektenov,li-qiang;event/bektenov-li-qiang-meeting-2024;country/kazakhstan&p=1:12.3:-5&h=3' +
        '&s=ATTENDED:1:2&ft=City.Event&fr=HELD_IN&d=2023-01-01~&q=person%2Folzhas-bektenov~person%2Fli-qiang~CONCERNS',
    );
    const { view, problems } = parseView(search);
    expect(problems).toEqual([]);
    expect(view).toEqual({ ...VIEW, keys: [...VIEW.keys].sort(byGroup), pinned: { 'person/li-qiang': { x: 12.3, y: -5 } } });
    expect(serialiseView(view)).toBe(search);
  });

  it('serialises an empty view as no query at all, and reads one back as empty', () => {
    expect(serialiseView(EMPTY_VIEW)).toBe('');
    expect(parseView('')).toEqual({ view: EMPTY_VIEW, problems: [] });
  });

  it('restores what it can of garbage, never throwing', () => {
    const garbage = [
      '?v=1&n=person/ok,BAD KEY;;/x;nokind&p=0:a:1,9:1:1,0:1&h=7,x&s=99&ft=Nope.Person&fr=ATTENDED.bogus&d=2023-02-30~notaday&q=~~',
      '?v=1&n=%E0%A4%A&s=0',
      '?v=banana&n=person/a',
      '?%%%=&&&=x&v',
      `?v=1&n=person/${'a,'.repeat(2000)}b`,
    ];
    for (const search of garbage) expect(() => parseView(search)).not.toThrow();
    const { view, problems } = parseView(garbage[0]!);
    expect(view.keys).toEqual(['person/ok']);
    expect(view.pinned).toEqual({});
    expect(view.hidden).toEqual([]);
    expect(view.selection).toBeNull();
    expect(view.filters).toEqual({ hiddenEntityTypes: ['Person'], hiddenRelationshipTypes: ['ATTENDED'], dateFrom: null, dateTo: null });
    expect(view.path).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    expect(parseView(garbage[2]!)).toMatchObject({ view: EMPTY_VIEW, problems: [expect.stringContaining('banana')] });
  });

  it('opens hand-written links of version 0, and reads what it can of a newer version', () => {
    expect(parseView('?entity=person/olzhas-bektenov').view).toMatchObject({
      keys: ['person/olzhas-bektenov'],
      selection: { kind: 'node', key: 'person/olzhas-bektenov' },
    });
    expect(parseView('?entities=person/a,event/b').view.keys).toEqual(['person/a', 'event/b']);
    const newer = parseView('?v=2&n=person/a&s=0&zz=future');
    expect(newer.view).toMatchObject({ keys: ['person/a'], selection: { kind: 'node', key: 'person/a' } });
    expect(newer.problems).toEqual([expect.stringContaining('newer explorer')]);
  });
});

/** The order serialising gives keys: grouped by kind, kinds in order of first appearance. */
function byGroup(a: string, b: string): number {
  const order = ['person', 'event', 'country'];
  return order.indexOf(a.split('/')[0]!) - order.indexOf(b.split('/')[0]!);
}
