import type { JSX } from 'react';
import { RelationshipDetailsDocument } from '../../api/generated.ts';
import { useQuery } from '../../api/use-query.ts';
import { ENTITY_STYLE } from '../model/styles.ts';
import type { CanvasEdge, CanvasGraph, Selection } from '../model/types.ts';
import { Citations } from './Citations.tsx';
import { Loading, Problem } from './QueryStatus.tsx';
import { RelationshipFacts } from './RelationshipFacts.tsx';
import { RELATIONSHIP_WORDS } from './relationship-words.ts';

interface Props {
  edge: CanvasEdge;
  graph: CanvasGraph;
  onSelect(selection: Selection): void;
}

/** One end of the relationship, as a button that selects it (both ends are on the canvas with the edge). */
function End({ id, graph, onSelect, role }: { id: string; graph: CanvasGraph; onSelect(selection: Selection): void; role: string }): JSX.Element {
  const node = graph.nodes[id];
  const name = node?.label ?? id;
  return (
    <div className="panel-end">
      <span className="panel-muted">{role}</span>{' '}
      {node && <span className="panel-swatch" style={{ background: ENTITY_STYLE[node.type].colour }} aria-hidden="true" />}
      <button type="button" className="panel-entity-button" onClick={() => onSelect({ kind: 'node', id })} aria-label={`Select ${name} (${role.toLowerCase()})`}>
        {name}
      </button>
    </div>
  );
}

/** A relationship: its kind, both ends, its facts and the sources that state it. */
export function RelationshipView({ edge, graph, onSelect }: Props): JSX.Element {
  const state = useQuery(RelationshipDetailsDocument, { ends: [edge.source, edge.target] });
  const words = RELATIONSHIP_WORDS[edge.type];
  const body = (() => {
    if (!state || state.status === 'loading') return <Loading what="the relationship" />;
    if (state.status === 'error') return <Problem what="the relationship" error={state.error} retry={state.retry} />;
    const relationship = state.data.relationshipsAmong.find((candidate) => candidate.id === edge.id);
    if (!relationship) return <p className="panel-muted">The graph no longer has this relationship; it may have been removed since it was drawn.</p>;
    return (
      <>
        <RelationshipFacts relationship={relationship} />
        <section aria-labelledby="panel-sources-heading">
          <h3 id="panel-sources-heading">Sources</h3>
          <Citations citations={relationship.citations} label="Sources of the relationship" />
        </section>
      </>
    );
  })();
  return (
    <article className="panel-details" aria-label={`Details of the relationship ${edge.type}`}>
      <header className="panel-heading">
        <span className="panel-type">Relationship</span>
        <h2>
          {edge.type} <span className="panel-muted">({words.kind})</span>
        </h2>
      </header>
      <End id={edge.source} graph={graph} onSelect={onSelect} role="From" />
      <End id={edge.target} graph={graph} onSelect={onSelect} role="To" />
      {body}
    </article>
  );
}
