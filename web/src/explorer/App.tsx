import type { ComponentType, JSX } from 'react';
import type Sigma from 'sigma';
import type { CanvasEdge, CanvasGraph, CanvasNode, PathQuestion, Selection, ViewFilters } from './model/types.ts';

/*
 * The other helpers' panels, found by name in their folders when they exist: the shell builds and runs before
 * they are written, and each panel appears without an edit here once its file exports it.
 */
const panelModules = import.meta.glob<Record<string, unknown>>(
  ['./details/*.tsx', './paths/*.tsx', './views/*.tsx', './export/*.tsx'],
  { eager: true },
);

function panel<Props>(name: string): ComponentType<Props> | null {
  for (const module of Object.values(panelModules)) {
    const candidate = module[name];
    if (typeof candidate === 'function') return candidate as ComponentType<Props>;
  }
  return null;
}

export interface PathResult {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
  paths: { nodeIds: string[]; edgeIds: string[] }[];
}

export const Panels = {
  DetailsPanel: panel<{
    selection: Selection | null;
    graph: CanvasGraph;
    onAddEntities(nodes: CanvasNode[], edges: CanvasEdge[]): void;
    onSelect(selection: Selection): void;
  }>('DetailsPanel'),
  PathFinder: panel<{
    graph: CanvasGraph;
    selection: Selection | null;
    question: PathQuestion | null;
    onAsk(question: PathQuestion | null): void;
    onResult(result: PathResult | null): void;
  }>('PathFinder'),
  TradeView: panel<{ onOpenEntity(id: string): void }>('TradeView'),
  EventsView: panel<{ filters: ViewFilters; onOpenEntity(id: string): void }>('EventsView'),
  CounterpartsView: panel<{
    selection: Selection | null;
    graph: CanvasGraph;
    onOpenEgo(personId: string): void;
    onOpenEntity(id: string): void;
  }>('CounterpartsView'),
  ExportMenu: panel<{ graph: CanvasGraph; visible: { nodeIds: string[]; edgeIds: string[] }; getRenderer(): Sigma | null }>(
    'ExportMenu',
  ),
};

/** Stands in for a panel not written yet, saying so rather than leaving a blank. */
export function Placeholder({ name }: { name: string }): JSX.Element {
  return <p className="placeholder">{name} is not available in this build yet.</p>;
}

export function App(): JSX.Element {
  return (
    <div className="explorer" data-explorer-ready="true" data-busy="false">
      <header className="toolbar">
        <h1>Kazakhstan–China graph explorer</h1>
      </header>
      <main className="workspace">
        <section className="canvas-area" aria-label="Graph canvas" data-layout="idle" />
        <aside className="side-panel" aria-label="Side panel">
          <Placeholder name="The side panel" />
        </aside>
      </main>
    </div>
  );
}
