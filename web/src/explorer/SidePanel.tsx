import { type JSX, type KeyboardEvent, lazy, Suspense } from 'react';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import type { CanvasEdge, CanvasGraph, CanvasNode, PathQuestion, Selection, ViewFilters } from './model/types.ts';
import type { PathResult } from './paths/chain.ts';
import { PathFinder } from './paths/PathFinder.tsx';
import { Loading } from './views/Status.tsx';

// The research views draw charts with Observable Plot; loaded when first opened, so the canvas comes up without it.
const TradeView = lazy(() => import('./views/TradeView.tsx').then((module) => ({ default: module.TradeView })));
const EventsView = lazy(() => import('./views/EventsView.tsx').then((module) => ({ default: module.EventsView })));
const CounterpartsView = lazy(() => import('./views/CounterpartsView.tsx').then((module) => ({ default: module.CounterpartsView })));

export const TABS = ['Details', 'Paths', 'Trade', 'Events', 'Counterparts'] as const;
export type Tab = (typeof TABS)[number];

export interface SidePanelProps {
  tab: Tab;
  onTab(tab: Tab): void;
  graph: CanvasGraph;
  selection: Selection | null;
  filters: ViewFilters;
  pathQuestion: PathQuestion | null;
  onAskPath(question: PathQuestion | null): void;
  onPathResult(result: PathResult | null): void;
  onSelect(selection: Selection): void;
  onAddEntities(nodes: CanvasNode[], edges: CanvasEdge[]): void;
  /** Puts an entity on the canvas (fetching it when needed) and selects it. */
  onOpenEntity(id: string): void;
  /** Puts a person and their neighbours on the canvas. */
  onOpenEgo(personId: string): void;
}

/** The tabs beside the canvas: details of the selection, shortest paths, and the research views. */
export function SidePanel(props: SidePanelProps): JSX.Element {
  return (
    <aside className="side-panel" aria-label="Side panel">
      <Tabs current={props.tab} onChange={props.onTab} />
      <div className="tab-panel" role="tabpanel" id={`panel-${props.tab}`} aria-labelledby={`tab-${props.tab}`}>
        <Suspense fallback={<Loading what={`the ${props.tab.toLowerCase()} view`} />}>
          <PanelFor {...props} />
        </Suspense>
      </div>
    </aside>
  );
}

function PanelFor(props: SidePanelProps): JSX.Element {
  switch (props.tab) {
    case 'Details':
      return <DetailsPanel selection={props.selection} graph={props.graph} onAddEntities={props.onAddEntities} onSelect={props.onSelect} />;
    case 'Paths':
      return (
        <PathFinder
          graph={props.graph}
          selection={props.selection}
          question={props.pathQuestion}
          onAsk={props.onAskPath}
          onResult={props.onPathResult}
        />
      );
    case 'Trade':
      return <TradeView onOpenEntity={props.onOpenEntity} />;
    case 'Events':
      return <EventsView filters={props.filters} onOpenEntity={props.onOpenEntity} />;
    case 'Counterparts':
      return <CounterpartsView selection={props.selection} graph={props.graph} onOpenEgo={props.onOpenEgo} onOpenEntity={props.onOpenEntity} />;
  }
}

/** ARIA tabs: one tab stop, arrow keys move between tabs. */
function Tabs({ current, onChange }: { current: Tab; onChange(tab: Tab): void }): JSX.Element {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(current);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1 + TABS.length, Home: 0, End: TABS.length - 1 }[event.key];
    if (next === undefined) return;
    const tab = TABS[next % TABS.length] as Tab;
    onChange(tab);
    document.getElementById(`tab-${tab}`)?.focus();
    event.preventDefault();
  };
  return (
    <div className="tabs" role="tablist" aria-label="Panels" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          id={`tab-${tab}`}
          type="button"
          role="tab"
          aria-selected={tab === current}
          aria-controls={`panel-${tab}`}
          tabIndex={tab === current ? 0 : -1}
          onClick={() => onChange(tab)}
        >
          {tab}
        </button>
      ))}
    </div>
  );
}
