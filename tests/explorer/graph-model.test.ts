/*
 * The canvas model without a browser: merging answers, collapse, hide and remove, pins, undo and redo, and
 * what the filters let through.
 */
import { describe, expect, it } from 'vitest';
import type { CanvasEntityFragment, CanvasRelationshipFragment } from '../../web/src/api/generated.ts';
import { NO_FILTERS, visibleSubgraph } from '../../web/src/explorer/model/filters.ts';
import {
  addToCanvas,
  type CanvasState,
  collapse,
  collapsible,
  EMPTY_CANVAS,
  pin,
  removeNodes,
  setHidden,
  toCanvasEdge,
  toCanvasNode,
  unpin,
} from '../../web/src/explorer/model/graph.ts';
import { canRedo, canUndo, HISTORY_LIMIT, record, redo, startHistory, undo } from '../../web/src/explorer/model/history.ts';
import type { CanvasEdge, CanvasNode } from '../../web/src/explorer/model/types.ts';

function person(id: string, degree = 1): CanvasNode {
  return toCanvasNode({ __typename: 'Person', id, key: `person/${id}`, name: id.toUpperCase(), degree });
}

function event(id: string, day: string | null): CanvasNode {
  return toCanvasNode({
    __typename: 'Event',
    id,
    key: `event/${id}`,
    name: id,
    degree: 1,
    eventDate: day ? { __typename: 'PartialDate', start: day, end: day } : null,
  } as CanvasEntityFragment);
}

function link(from: string, to: string, type: CanvasEdge['type'] = 'ATTENDED'): CanvasEdge {
  const relationship: CanvasRelationshipFragment = {
    __typename: 'Relationship',
    id: `${type}:${from}:${to}`,
    type,
    from: { __typename: 'Person', id: from },
    to: { __typename: 'Event', id: to },
    role: 'host',
    post: null,
    status: null,
    note: null,
    partner: null,
    since: { __typename: 'PartialDate', text: '2023-05' },
    until: null,
    asOf: null,
  };
  return toCanvasEdge(relationship);
}

const ids = (state: CanvasState) => Object.keys(state.graph.nodes).sort();

describe('the canvas model', () => {
  it('maps API answers to nodes and edges, keeping only the facts that say something', () => {
    const node = event('summit', '2023-05-18');
    expect(node).toMatchObject({ id: 'summit', key: 'event/summit', type: 'Event', dateStart: '2023-05-18', pinned: false, hidden: false });
    expect(link('a', 'b').facts).toEqual({ role: 'host', since: '2023-05' });
  });

  it('merges answers without duplicates, keeping where a node came from and whether it is pinned', () => {
    let state = addToCanvas(EMPTY_CANVAS, [person('a')], []);
    state = pin(state, 'a', { x: 1, y: 2 });
    state = addToCanvas(state, [person('a', 5), person('b'), person('c')], [link('a', 'b'), link('a', 'c')], 'a');
    state = addToCanvas(state, [person('b'), person('c'), person('d')], [link('a', 'b'), link('b', 'd'), link('x', 'd')], 'b');
    expect(ids(state)).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.keys(state.graph.edges).sort()).toEqual(['ATTENDED:a:b', 'ATTENDED:a:c', 'ATTENDED:b:d']);
    expect(state.origin).toEqual({ a: null, b: 'a', c: 'a', d: 'b' });
    expect(state.graph.nodes.a).toMatchObject({ pinned: true, degree: 5 });
    expect(state.positions.a).toEqual({ x: 1, y: 2 });
  });

  it('collapses what an expansion brought, transitively, but not what else links to or what is pinned', () => {
    let state = addToCanvas(EMPTY_CANVAS, [person('a'), person('other')], []);
    state = addToCanvas(state, [person('a'), person('b'), person('c'), person('kept')], [link('a', 'b'), link('a', 'c'), link('a', 'kept'), link('other', 'kept')], 'a');
    state = addToCanvas(state, [person('d')], [link('b', 'd')], 'b');
    expect(collapsible(state, 'a').sort()).toEqual(['b', 'c', 'd']);
    state = pin(state, 'c', { x: 0, y: 0 });
    const collapsed = collapse(state, 'a');
    expect(ids(collapsed)).toEqual(['a', 'c', 'kept', 'other']);
    expect(Object.keys(collapsed.graph.edges).sort()).toEqual(['ATTENDED:a:c', 'ATTENDED:a:kept', 'ATTENDED:other:kept']);
    expect(collapse(collapsed, 'a')).toBe(collapsed);
  });

  it('hides without removing, and removes with the edges, leaving what the removed node brought as added by hand', () => {
    let state = addToCanvas(EMPTY_CANVAS, [person('a')], []);
    state = addToCanvas(state, [person('b')], [link('a', 'b')], 'a');
    const hidden = setHidden(state, ['b'], true);
    expect(hidden.graph.nodes.b?.hidden).toBe(true);
    expect(visibleSubgraph(hidden.graph, NO_FILTERS)).toEqual({ nodeIds: ['a'], edgeIds: [] });
    expect(addToCanvas(hidden, [person('b')], []).graph.nodes.b?.hidden).toBe(false);
    const removed = removeNodes(state, ['a']);
    expect(ids(removed)).toEqual(['b']);
    expect(removed.graph.edges).toEqual({});
    expect(removed.origin).toEqual({ b: null });
    expect(unpin(pin(state, 'a', { x: 3, y: 4 }), 'a').positions).toEqual({});
  });

  it('undoes and redoes every change, and a new change drops what could be redone', () => {
    const one = addToCanvas(EMPTY_CANVAS, [person('a')], []);
    const two = addToCanvas(one, [person('b')], [link('a', 'b')], 'a');
    let history = record(record(startHistory(EMPTY_CANVAS), one), two);
    expect(record(history, two)).toBe(history);
    history = undo(history);
    expect(history.present).toBe(one);
    history = undo(history);
    expect(history.present).toBe(EMPTY_CANVAS);
    expect(canUndo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    history = redo(history);
    expect(history.present).toBe(one);
    const other = removeNodes(one, ['a']);
    history = record(history, other);
    expect(canRedo(history)).toBe(false);
    let long = startHistory(0);
    for (let step = 1; step <= HISTORY_LIMIT + 20; step += 1) long = record(long, step);
    expect(long.past.length).toBe(HISTORY_LIMIT);
  });

  it('filters by entity type, relationship type and date, keeping undated entities', () => {
    let state = addToCanvas(EMPTY_CANVAS, [person('a'), event('early', '2022-01-10'), event('late', '2024-06-01'), event('undated', null)], []);
    state = addToCanvas(state, [], [link('a', 'early'), link('a', 'late'), link('a', 'undated', 'CONCERNS')]);
    const inRange = visibleSubgraph(state.graph, { ...NO_FILTERS, dateFrom: '2024-01-01', dateTo: '2024-12-31' });
    expect(inRange.nodeIds.sort()).toEqual(['a', 'late', 'undated']);
    const noPeople = visibleSubgraph(state.graph, { ...NO_FILTERS, hiddenEntityTypes: ['Person'] });
    expect(noPeople).toEqual({ nodeIds: ['early', 'late', 'undated'], edgeIds: [] });
    const noConcerns = visibleSubgraph(state.graph, { ...NO_FILTERS, hiddenRelationshipTypes: ['CONCERNS'] });
    expect(noConcerns.edgeIds.sort()).toEqual(['ATTENDED:a:early', 'ATTENDED:a:late']);
  });
});
