import type { JSX } from 'react';
import type { EntityDetailsQuery, RelationshipDetailsFragment } from '../../api/generated.ts';
import { toCanvasEdge, toCanvasNode } from '../model/graph.ts';
import { ENTITY_STYLE } from '../model/styles.ts';
import type { CanvasEdge, CanvasGraph, CanvasNode, EntityTypeName, Selection } from '../model/types.ts';
import { CitedPlaces } from './Citations.tsx';
import { RelationshipFacts } from './RelationshipFacts.tsx';
import { RELATIONSHIP_WORDS } from './relationship-words.ts';

type Neighbourhood = NonNullable<EntityDetailsQuery['neighbourhood']>;
type Neighbour = Neighbourhood['nodes'][number];

interface Link {
  relationship: RelationshipDetailsFragment;
  other: Neighbour;
}

interface LinkGroup {
  heading: string;
  links: Link[];
}

/** The centre's relationships, grouped by kind and direction ("Attended", "Attended by"), in the API's order. */
export function groupLinks(centre: string, hood: Neighbourhood): LinkGroup[] {
  const byId = new Map(hood.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, LinkGroup>();
  for (const relationship of hood.relationships) {
    const outgoing = relationship.from.id === centre;
    if (!outgoing && relationship.to.id !== centre) continue;
    const other = byId.get(outgoing ? relationship.to.id : relationship.from.id);
    if (!other) continue;
    const words = RELATIONSHIP_WORDS[relationship.type];
    const heading = outgoing ? words.outgoing : words.incoming;
    const group = groups.get(heading) ?? { heading, links: [] };
    group.links.push({ relationship, other });
    groups.set(heading, group);
  }
  return [...groups.values()];
}

interface LinkActions {
  graph: CanvasGraph;
  onAddEntities(nodes: CanvasNode[], edges: CanvasEdge[]): void;
  onSelect(selection: Selection): void;
}

function LinkItem({ link, graph, onAddEntities, onSelect }: { link: Link } & LinkActions): JSX.Element {
  const { other, relationship } = link;
  const onCanvas = Boolean(graph.nodes[other.id]);
  const type = other.__typename as EntityTypeName;
  const open = () => {
    if (!onCanvas) onAddEntities([toCanvasNode(other)], [toCanvasEdge(relationship)]);
    onSelect({ kind: 'node', id: other.id });
  };
  return (
    <li className="panel-link">
      <div className="panel-link-head">
        <span className="panel-swatch" style={{ background: ENTITY_STYLE[type].colour }} aria-hidden="true" />
        <button
          type="button"
          className="panel-entity-button"
          onClick={open}
          aria-label={onCanvas ? `Select ${other.name}` : `Add ${other.name} to the canvas and select it`}
        >
          {other.name}
        </button>
        <span className="panel-muted">{ENTITY_STYLE[type].label}</span>
        {!onCanvas && (
          <button
            type="button"
            className="panel-add"
            onClick={() => onAddEntities([toCanvasNode(other)], [toCanvasEdge(relationship)])}
            aria-label={`Add ${other.name} to the canvas`}
            title="Add to the canvas"
          >
            +
          </button>
        )}
      </div>
      <RelationshipFacts relationship={relationship} />
      {relationship.citations.length > 0 && (
        <p className="panel-link-sources">
          {relationship.citations.map((citation) => (
            <span key={citation.source.id} className="panel-link-source">
              {citation.source.title} <CitedPlaces citation={citation} />
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

/**
 * What the entity is linked to, each link with its facts and sources; any of them, or all, can be put on the
 * canvas. The neighbourhood is asked with a limit, so a hub like a country may show only its nearest links.
 */
export function Links({ centre, hood, ...actions }: { centre: string; hood: Neighbourhood } & LinkActions): JSX.Element {
  const groups = groupLinks(centre, hood);
  if (groups.length === 0) return <p className="panel-muted">Linked to nothing else in the graph.</p>;
  const missing = hood.nodes.filter((node) => node.id !== centre && !actions.graph.nodes[node.id]);
  const addAll = () => actions.onAddEntities(missing.map(toCanvasNode), hood.relationships.map(toCanvasEdge));
  return (
    <>
      <p className="panel-links-summary">
        {hood.truncated ? `Showing the nearest ${hood.nodes.length - 1} of ${hood.reachable} linked entities. ` : ''}
        {missing.length > 0 ? (
          <button type="button" onClick={addAll} aria-label={`Add all ${missing.length} linked entities to the canvas`}>
            Add all {missing.length} to the canvas
          </button>
        ) : (
          'All of them are on the canvas.'
        )}
      </p>
      {groups.map((group) => (
        <details key={group.heading} className="panel-link-group" open={group.links.length <= 8}>
          <summary>
            {group.heading} ({group.links.length})
          </summary>
          <ul>
            {group.links.map((link) => (
              <LinkItem key={link.relationship.id} link={link} {...actions} />
            ))}
          </ul>
        </details>
      ))}
    </>
  );
}
