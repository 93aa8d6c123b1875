import { type JSX, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { CanvasEntityFragment } from '../api/generated.ts';
import { EmptyCanvas } from './canvas/EmptyCanvas.tsx';
import { fetchEntity, fetchExpansion, fetchRelationshipsAmong, restoreView } from './canvas/fetch.ts';
import { GraphCanvas, type Highlight } from './canvas/GraphCanvas.tsx';
import { NodeActions } from './canvas/NodeActions.tsx';
import { useRelationshipCounts } from './canvas/use-relationship-counts.ts';
import { useTasks } from './canvas/use-tasks.ts';
import { parseView, pathWithIds, type Snapshot, useUrlSync } from './canvas/use-url-sync.ts';
import { FiltersPanel } from './filters/FiltersPanel.tsx';
import { NO_FILTERS, visibleSubgraph } from './model/filters.ts';
import {
  addToCanvas,
  type CanvasState,
  collapse,
  collapsible,
  EMPTY_CANVAS,
  type Point,
  pin,
  removeNodes,
  setHidden,
  showAll,
  toCanvasNode,
  unpin,
} from './model/graph.ts';
import { ExportMenu } from './export/ExportMenu.tsx';
import { canRedo, canUndo, record, redo, startHistory, undo } from './model/history.ts';
import type { CanvasEdge, CanvasGraph, CanvasNode, PathQuestion, RelationshipType, Selection, ViewFilters } from './model/types.ts';
import type { PathResult } from './paths/chain.ts';
import { SearchBox } from './search/SearchBox.tsx';
import { SidePanel, type Tab } from './SidePanel.tsx';
import { TableView } from './table/TableView.tsx';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * `/` to search, Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) to undo and redo, Escape to let go of the selection,
 * wherever the focus is but in a text field (or a menu that used the key).
 */
function useShortcuts(handlers: { focusSearch(): void; undo(): void; redo(): void; deselect(): void }) {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (isTyping(event.target) || event.defaultPrevented) return;
      const command = event.ctrlKey || event.metaKey;
      if (event.key === '/' && !command) current.current.focusSearch();
      else if (command && event.key.toLowerCase() === 'z') (event.shiftKey ? current.current.redo : current.current.undo)();
      else if (command && event.key.toLowerCase() === 'y') current.current.redo();
      else if (event.key === 'Escape') current.current.deselect();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

function pathHighlight(result: PathResult | null): Highlight | null {
  if (!result || result.paths.length === 0) return null;
  return {
    nodeIds: new Set(result.paths.flatMap((path) => path.nodeIds)),
    edgeIds: new Set(result.paths.flatMap((path) => path.edgeIds)),
  };
}

export function App(): JSX.Element {
  const [history, setHistory] = useState(() => startHistory<CanvasState>(EMPTY_CANVAS));
  const canvas = history.present;
  const [filters, setFilters] = useState<ViewFilters>(NO_FILTERS);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [pathQuestion, setPathQuestion] = useState<PathQuestion | null>(null);
  const [pathResult, setPathResult] = useState<PathResult | null>(null);
  const [tab, setTab] = useState<Tab>('Details');
  const [showTable, setShowTable] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [ready, setReady] = useState(false);
  const tasks = useTasks();
  const sigma = useRef<Sigma | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const change = useCallback((update: (state: CanvasState) => CanvasState) => setHistory((current) => record(current, update(current.present))), []);
  const visible = useMemo(() => visibleSubgraph(canvas.graph, filters), [canvas.graph, filters]);
  const selectedNode = selection?.kind === 'node' ? (canvas.graph.nodes[selection.id] ?? null) : null;

  // A selection whose node or edge left the canvas (removed, undone) is dropped.
  useEffect(() => {
    if (selection && !(selection.kind === 'node' ? canvas.graph.nodes : canvas.graph.edges)[selection.id]) setSelection(null);
  }, [canvas, selection]);

  const restoreFromAddress = useCallback(
    (search: string) => {
      const { view, problems } = parseView(search);
      setNotice(problems.length ? problems.join(' ') : null);
      setFilters(view.filters);
      if (view.path) setTab('Paths');
      if (view.keys.length === 0) {
        setHistory((current) => record(current, EMPTY_CANVAS));
        setSelection(null);
        setPathQuestion(view.path);
        setReady(true);
        return;
      }
      tasks.run(async () => {
        try {
          const restored = await restoreView(view);
          setHistory((current) => record(current, restored.canvas));
          setSelection(restored.selection);
          setPathQuestion(pathWithIds(view.path, restored.canvas));
          if (restored.missing.length) {
            setNotice(`${restored.missing.length} of the entities in the link are no longer in the graph: ${restored.missing.join(', ')}.`);
          }
        } finally {
          setReady(true);
        }
      });
    },
    [tasks.run],
  );

  useEffect(() => restoreFromAddress(window.location.search), [restoreFromAddress]);

  const snapshot = useMemo<Snapshot>(() => ({ canvas, filters, selection, path: pathQuestion }), [canvas, filters, selection, pathQuestion]);
  useUrlSync(
    snapshot,
    ready,
    (restored) => {
      setHistory((current) => record(current, restored.canvas));
      setFilters(restored.filters);
      setSelection(restored.selection);
      setPathQuestion(restored.path);
    },
    restoreFromAddress,
  );

  const select = useCallback((next: Selection | null) => {
    setSelection(next);
    if (next) setTab((current) => (current === 'Paths' || current === 'Counterparts' ? current : 'Details'));
  }, []);

  // Requests finish after renders: they read the canvas as it is then, not as it was when they were sent.
  const latest = useRef(canvas);
  latest.current = canvas;

  /** Edges between the new nodes and everything already drawn, new ones first in case the canvas is huge. */
  const edgesWith = (nodes: CanvasNode[]) => fetchRelationshipsAmong([...nodes.map((node) => node.id), ...Object.keys(latest.current.graph.nodes)]);

  /** Puts an entity on the canvas with its links to what is there, and selects it. */
  const open = useCallback(
    (reference: { id: string } | { key: string }, entity?: CanvasNode) => {
      const onCanvas = 'id' in reference ? latest.current.graph.nodes[reference.id] : undefined;
      if (onCanvas) {
        change((state) => setHidden(state, [onCanvas.id], false));
        select({ kind: 'node', id: onCanvas.id });
        return;
      }
      tasks.run(async () => {
        const node = entity ?? (await fetchEntity(reference));
        if (!node) {
          setNotice('That entity is no longer in the graph: search for it by name.');
          return;
        }
        const edges = await edgesWith([node]);
        change((state) => addToCanvas(state, [node], edges));
        select({ kind: 'node', id: node.id });
      });
    },
    [change, select, tasks.run],
  );

  const expand = useCallback(
    (id: string, follow: RelationshipType[] | null) => {
      tasks.run(async () => {
        const expansion = await fetchExpansion(id, follow);
        const edges = await edgesWith(expansion.nodes);
        change((state) => addToCanvas(state, expansion.nodes, [...expansion.edges, ...edges], id));
        const shown = expansion.nodes.length - 1;
        setNotice(
          expansion.truncated
            ? `Added the ${shown} nearest of ${expansion.reachable} neighbours; use "By type" to add the others kind by kind.`
            : null,
        );
      });
    },
    [change, tasks.run],
  );

  const positionOf = (id: string): Point | null => {
    const graph = sigma.current?.getGraph();
    return graph?.hasNode(id) ? { x: graph.getNodeAttribute(id, 'x') as number, y: graph.getNodeAttribute(id, 'y') as number } : null;
  };

  const counts = useRelationshipCounts(selectedNode?.id ?? null);
  const highlight = useMemo(() => pathHighlight(pathResult), [pathResult]);
  useShortcuts({
    focusSearch: () => searchInput.current?.focus(),
    undo: () => setHistory(undo),
    redo: () => setHistory(redo),
    deselect: () => setSelection(null),
  });

  const onPathResult = useCallback(
    (result: PathResult | null) => {
      setPathResult(result);
      if (result) change((state) => addToCanvas(state, result.nodes, result.edges));
    },
    [change],
  );

  const empty = Object.keys(canvas.graph.nodes).length === 0;
  const openById = (id: string) => open({ id });

  return (
    <div className="explorer" data-explorer-ready={ready ? 'true' : 'false'} data-busy={tasks.busy > 0 ? 'true' : 'false'}>
      <header className="toolbar">
        <h1>
          <abbr title="Kazakhstan–China">KZ–CN</abbr> graph explorer
        </h1>
        <SearchBox inputRef={searchInput} onChoose={(entity: CanvasEntityFragment) => open({ id: entity.id }, toCanvasNode(entity))} />
        <div className="toolbar-buttons">
          <button type="button" onClick={() => setHistory(undo)} disabled={!canUndo(history)} aria-label="Undo (Ctrl+Z)" title="Undo (Ctrl+Z)">
            ↶ Undo
          </button>
          <button type="button" onClick={() => setHistory(redo)} disabled={!canRedo(history)} aria-label="Redo (Ctrl+Shift+Z)" title="Redo (Ctrl+Shift+Z)">
            ↷ Redo
          </button>
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable((shown) => !shown)} aria-label="Table view">
            {showTable ? 'Graph view' : 'Table view'}
          </button>
          <ExportMenu graph={canvas.graph} visible={visible} getRenderer={() => sigma.current} />
          <span className="busy" role="status" aria-live="polite">
            {tasks.busy > 0 && (
              <>
                <span className="spinner" aria-hidden="true" /> Loading…
              </>
            )}
          </span>
        </div>
      </header>
      {tasks.failure && (
        <div className="banner error" role="alert">
          <span>{tasks.failure.message}</span>
          {tasks.failure.retry && (
            <button type="button" onClick={tasks.failure.retry}>
              Retry
            </button>
          )}
          <button type="button" onClick={tasks.dismiss} aria-label="Dismiss the error">
            ✕
          </button>
        </div>
      )}
      {notice && (
        <div className="banner notice" role="status">
          <span>{notice}</span>
          <button type="button" onClick={() => setNotice(null)} aria-label="Dismiss the notice">
            ✕
          </button>
        </div>
      )}
      <main className="workspace">
        <aside className="left-panel" aria-label="Legend and filters">
          <h2>Legend and filters</h2>
          <FiltersPanel graph={canvas.graph} filters={filters} onChange={setFilters} onShowHidden={() => change(showAll)} />
        </aside>
        <section className="centre" aria-label="Canvas">
          {selectedNode && (
            <NodeActions
              node={selectedNode}
              counts={counts}
              canCollapse={collapsible(canvas, selectedNode.id).length > 0}
              onExpand={(follow) => expand(selectedNode.id, follow)}
              onCollapse={() => change((state) => collapse(state, selectedNode.id))}
              onTogglePin={() => {
                const at = positionOf(selectedNode.id);
                change((state) => (selectedNode.pinned ? unpin(state, selectedNode.id) : at ? pin(state, selectedNode.id, at) : state));
              }}
              onHide={() => {
                change((state) => setHidden(state, [selectedNode.id], true));
                setSelection(null);
              }}
              onRemove={() => change((state) => removeNodes(state, [selectedNode.id]))}
            />
          )}
          <div className="canvas-stack">
            <GraphCanvas
              state={canvas}
              visible={visible}
              selection={selection}
              highlight={highlight}
              onSelect={select}
              onExpand={(id) => expand(id, null)}
              onPin={(id, at) => change((state) => pin(state, id, at))}
              onRenderer={(renderer) => {
                sigma.current = renderer;
              }}
            />
            {empty && ready && tasks.busy === 0 && <EmptyCanvas onOpen={(key) => open({ key })} />}
            {showTable && (
              <div className="table-overlay">
                <TableView graph={canvas.graph} visible={visible} selection={selection} onSelect={select} />
              </div>
            )}
          </div>
        </section>
        <SidePanel
          tab={tab}
          onTab={setTab}
          graph={canvas.graph}
          selection={selection}
          filters={filters}
          pathQuestion={pathQuestion}
          onAskPath={setPathQuestion}
          onPathResult={onPathResult}
          onSelect={select}
          onAddEntities={(nodes, edges) => change((state) => addToCanvas(state, nodes, edges, selectedNode?.id ?? null))}
          onOpenEntity={openById}
          onOpenEgo={(personId) => {
            expand(personId, null);
            select({ kind: 'node', id: personId });
          }}
        />
      </main>
    </div>
  );
}
