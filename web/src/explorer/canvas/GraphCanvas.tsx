import Graph from 'graphology';
import { type JSX, useEffect, useRef, useState } from 'react';
import type Sigma from 'sigma';
import type { CanvasState, Point } from '../model/graph.ts';
import { ENTITY_STYLE, relationshipLabel } from '../model/styles.ts';
import type { Selection } from '../model/types.ts';
import { createRenderer, type Renderer } from './renderer.ts';
import { syncGraph } from './sync.ts';

export interface Highlight {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

export interface GraphCanvasProps {
  state: CanvasState;
  /** What the filters let through; everything else stays laid out but is not drawn. */
  visible: { nodeIds: string[]; edgeIds: string[] };
  selection: Selection | null;
  /** A path result: these are emphasised and the rest dimmed. */
  highlight: Highlight | null;
  onSelect(selection: Selection | null): void;
  onExpand(id: string): void;
  onPin(id: string, at: Point): void;
  /** The renderer, for exports, once it exists (null when it is gone). */
  onRenderer(sigma: Sigma | null): void;
}

type Hover = { kind: 'node' | 'edge'; id: string; x: number; y: number } | null;

const DIMMED = '#e5e7eb';
const HOME_RATIO = 1.15;

/** The live values the reducers read: sigma calls them outside React, on every frame. */
interface Live {
  visibleNodes: Set<string>;
  visibleEdges: Set<string>;
  selection: Selection | null;
  highlight: Highlight | null;
  hover: Hover;
}

function installReducers(sigma: Sigma, graph: Graph, live: { current: Live }) {
  sigma.setSetting('nodeReducer', (node, data) => {
    const { visibleNodes, selection, highlight } = live.current;
    if (!visibleNodes.has(node)) return { ...data, hidden: true };
    if (selection?.kind === 'node' && selection.id === node) return { ...data, highlighted: true, forceLabel: true, zIndex: 3 };
    if (highlight) {
      return highlight.nodeIds.has(node) ? { ...data, forceLabel: true, zIndex: 2 } : { ...data, color: DIMMED, label: '', zIndex: 0 };
    }
    return data;
  });
  sigma.setSetting('edgeReducer', (edge, data) => {
    const { visibleEdges, selection, highlight, hover } = live.current;
    if (!visibleEdges.has(edge)) return { ...data, hidden: true };
    const touchesSelection =
      (selection?.kind === 'edge' && selection.id === edge) ||
      (selection?.kind === 'node' && graph.hasEdge(edge) && graph.extremities(edge).includes(selection.id)) ||
      (hover?.kind === 'edge' && hover.id === edge);
    // Relationship types are written only where the reader is looking, or the picture drowns in words.
    const label = touchesSelection ? data.label : '';
    if (highlight) {
      // A path is read along its edges: each says what kind of link it is.
      return highlight.edgeIds.has(edge)
        ? { ...data, color: '#111827', size: 3, zIndex: 2 }
        : { ...data, label: '', color: '#f1f3f5', zIndex: 0 };
    }
    return touchesSelection ? { ...data, label, color: '#6b7280', size: 2.5, zIndex: 1 } : { ...data, label };
  });
}

/** Drag a node to move it; where it is dropped it stays (pinned). */
function installDragging(renderer: Renderer, graph: Graph, onPin: { current: GraphCanvasProps['onPin'] }) {
  const { sigma } = renderer;
  let dragged: string | null = null;
  let moved = false;
  sigma.on('downNode', ({ node }) => {
    dragged = node;
    moved = false;
    renderer.layout.stop();
    if (!sigma.getCustomBBox()) sigma.setCustomBBox(sigma.getBBox());
  });
  sigma.on('moveBody', ({ event }) => {
    if (dragged === null) return;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y, fixed: true });
    moved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  const drop = () => {
    if (dragged !== null && moved) {
      onPin.current(dragged, { x: graph.getNodeAttribute(dragged, 'x') as number, y: graph.getNodeAttribute(dragged, 'y') as number });
    }
    dragged = null;
    sigma.setCustomBBox(null);
  };
  sigma.on('upNode', drop);
  sigma.on('upStage', drop);
}

function Tooltip({ hover, state }: { hover: NonNullable<Hover>; state: CanvasState }): JSX.Element | null {
  const style = { left: hover.x + 14, top: hover.y + 14 };
  if (hover.kind === 'node') {
    const node = state.graph.nodes[hover.id];
    if (!node) return null;
    return (
      <div className="canvas-tooltip" role="tooltip" style={style}>
        <span className="tooltip-type" style={{ color: ENTITY_STYLE[node.type].colour }}>
          {ENTITY_STYLE[node.type].label}
        </span>
        <strong>{node.label}</strong>
      </div>
    );
  }
  const edge = state.graph.edges[hover.id];
  if (!edge) return null;
  const from = state.graph.nodes[edge.source]?.label ?? '?';
  const to = state.graph.nodes[edge.target]?.label ?? '?';
  return (
    <div className="canvas-tooltip" role="tooltip" style={style}>
      <span className="tooltip-type">{relationshipLabel(edge.type)}</span>
      <span>
        {from} → {to}
      </span>
      {Object.keys(edge.facts).length > 0 && (
        <dl>
          {Object.entries(edge.facts).map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

export function GraphCanvas(props: GraphCanvasProps): JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const graph = useRef(new Graph({ multi: true, type: 'directed' }));
  const renderer = useRef<Renderer | null>(null);
  const [layoutRunning, setLayoutRunning] = useState(false);
  const [hover, setHover] = useState<Hover>(null);
  const live = useRef<Live>({ visibleNodes: new Set(), visibleEdges: new Set(), selection: null, highlight: null, hover: null });
  const callbacks = useRef(props);
  callbacks.current = props;
  const onPin = useRef(props.onPin);
  onPin.current = props.onPin;

  useEffect(() => {
    if (!container.current) return;
    const created = createRenderer(container.current, graph.current, { onLayoutChange: setLayoutRunning });
    renderer.current = created;
    const { sigma } = created;
    // Zoomed out a little from the fitted picture: labels of nodes at its edge then fit in the frame.
    sigma.getCamera().setState({ ratio: HOME_RATIO });
    installReducers(sigma, graph.current, live);
    installDragging(created, graph.current, onPin);
    sigma.on('clickNode', ({ node }) => callbacks.current.onSelect({ kind: 'node', id: node }));
    sigma.on('clickEdge', ({ edge }) => callbacks.current.onSelect({ kind: 'edge', id: edge }));
    sigma.on('clickStage', () => callbacks.current.onSelect(null));
    sigma.on('doubleClickNode', (event) => {
      event.preventSigmaDefault();
      callbacks.current.onExpand(event.node);
    });
    const hoverOn = (kind: 'node' | 'edge') => (id: string, x: number, y: number) => {
      live.current.hover = { kind, id, x, y };
      setHover(live.current.hover);
      sigma.refresh({ skipIndexation: true });
    };
    const leave = () => {
      live.current.hover = null;
      setHover(null);
      sigma.refresh({ skipIndexation: true });
    };
    sigma.on('enterNode', ({ node, event }) => hoverOn('node')(node, event.x, event.y));
    sigma.on('enterEdge', ({ edge, event }) => hoverOn('edge')(edge, event.x, event.y));
    sigma.on('leaveNode', leave);
    sigma.on('leaveEdge', leave);
    callbacks.current.onRenderer(sigma);
    return () => {
      callbacks.current.onRenderer(null);
      created.dispose();
      renderer.current = null;
    };
  }, []);

  useEffect(() => {
    const current = renderer.current;
    if (!current) return;
    const added = syncGraph(graph.current, props.state);
    if (added.length > 0) current.layout.start();
    current.sigma.refresh();
  }, [props.state]);

  useEffect(() => {
    live.current = {
      ...live.current,
      visibleNodes: new Set(props.visible.nodeIds),
      visibleEdges: new Set(props.visible.edgeIds),
      selection: props.selection,
      highlight: props.highlight,
    };
    renderer.current?.sigma.refresh();
  }, [props.visible, props.selection, props.highlight]);

  const empty = Object.keys(props.state.graph.nodes).length === 0;
  return (
    <div className="canvas-area" data-layout={layoutRunning ? 'running' : 'idle'}>
      <div
        ref={container}
        className="sigma-container"
        role="img"
        aria-label={`Graph of ${props.visible.nodeIds.length} entities and ${props.visible.edgeIds.length} relationships; the table view lists them`}
      />
      {hover && !empty && <Tooltip hover={hover} state={props.state} />}
      {!empty && <CameraButtons getSigma={() => renderer.current?.sigma ?? null} />}
      {layoutRunning && (
        <p className="layout-status" role="status">
          Arranging…
        </p>
      )}
    </div>
  );
}

/** Zoom and recentre by keyboard or pointer, for those who do not scroll or pinch. */
function CameraButtons({ getSigma }: { getSigma(): Sigma | null }): JSX.Element {
  const camera = () => getSigma()?.getCamera();
  return (
    <div className="camera-buttons" role="group" aria-label="Zoom">
      <button type="button" onClick={() => camera()?.animatedZoom(1.5)} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={() => camera()?.animatedUnzoom(1.5)} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button type="button" onClick={() => camera()?.animate({ x: 0.5, y: 0.5, angle: 0, ratio: HOME_RATIO })} aria-label="Fit the whole graph" title="Fit the whole graph">
        ⤢
      </button>
    </div>
  );
}
