import type { JSX } from 'react';
import { EntityDetailsDocument } from '../../api/generated.ts';
import { useQuery } from '../../api/use-query.ts';
import { ENTITY_STYLE } from '../model/styles.ts';
import type { CanvasEdge, CanvasGraph, CanvasNode, Selection } from '../model/types.ts';
import { Citations } from './Citations.tsx';
import { type EntityNode, EntityProperties } from './EntityProperties.tsx';
import { FigureComparison } from './FigureComparison.tsx';
import { Links } from './Links.tsx';
import { Loading, Problem } from './QueryStatus.tsx';

interface Props {
  id: string;
  graph: CanvasGraph;
  onAddEntities(nodes: CanvasNode[], edges: CanvasEdge[]): void;
  onSelect(selection: Selection): void;
}

function Heading({ node }: { node: EntityNode }): JSX.Element {
  const style = ENTITY_STYLE[node.__typename];
  return (
    <header className="panel-heading">
      <span className="panel-type" style={{ borderColor: style.colour, color: style.colour }}>
        {style.label}
      </span>
      <h2>{node.name}</h2>
      <code className="panel-key">{node.key}</code>
    </header>
  );
}

/** Everything the graph says of one entity: its properties, its sources, and what it is linked to. */
export function EntityDetails({ id, ...actions }: Props): JSX.Element {
  const state = useQuery(EntityDetailsDocument, { id });
  if (!state || state.status === 'loading') return <Loading what="the details" />;
  if (state.status === 'error') return <Problem what="the details" error={state.error} retry={state.retry} />;
  const { node, neighbourhood } = state.data;
  if (!node || node.__typename === 'Source') {
    return <p className="panel-muted">The graph no longer has this entity; it may have been deleted since it was put on the canvas.</p>;
  }
  return (
    <article className="panel-details" aria-label={`Details of ${node.name}`}>
      <Heading node={node} />
      <EntityProperties node={node} />
      {node.__typename === 'TradeFigure' && <FigureComparison figures={[node, ...node.otherSourcesFigures]} />}
      <section aria-labelledby="panel-sources-heading">
        <h3 id="panel-sources-heading">Sources</h3>
        <Citations citations={node.citations} label={`Sources of ${node.name}`} />
      </section>
      {neighbourhood && (
        <section aria-labelledby="panel-links-heading">
          <h3 id="panel-links-heading">Linked entities</h3>
          <Links centre={node.id} hood={neighbourhood} {...actions} />
        </section>
      )}
    </article>
  );
}
