import type { JSX } from 'react';
import type { CanvasEdge, CanvasGraph, CanvasNode, Selection } from '../model/types.ts';
import './details.css';
import { EntityDetails } from './EntityDetails.tsx';
import { RelationshipView } from './RelationshipView.tsx';

export interface DetailsPanelProps {
  selection: Selection | null;
  graph: CanvasGraph;
  onAddEntities(nodes: CanvasNode[], edges: CanvasEdge[]): void;
  onSelect(selection: Selection): void;
}

/** The side panel's Details tab: whatever is selected on the canvas, with where each fact comes from. */
export function DetailsPanel({ selection, graph, onAddEntities, onSelect }: DetailsPanelProps): JSX.Element {
  if (!selection) {
    return <p className="panel-empty">Select an entity or a relationship on the canvas to see its details and sources.</p>;
  }
  if (selection.kind === 'node') {
    // Keyed by id: a new selection starts with a fresh panel rather than the last one's answer.
    return <EntityDetails key={selection.id} id={selection.id} graph={graph} onAddEntities={onAddEntities} onSelect={onSelect} />;
  }
  const edge = graph.edges[selection.id];
  if (!edge) return <p className="panel-empty">That relationship is no longer on the canvas. Select another.</p>;
  return <RelationshipView key={edge.id} edge={edge} graph={graph} onSelect={onSelect} />;
}
