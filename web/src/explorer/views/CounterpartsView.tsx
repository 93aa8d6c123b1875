import { type JSX, useState } from 'react';
import {
  CounterpartsOfPersonDocument,
  type CounterpartsOfPersonQuery,
  type EntityType,
  PeopleToChooseFromDocument,
} from '../../api/generated.ts';
import { useQuery } from '../../api/use-query.ts';
import { ENTITY_STYLE } from '../model/styles.ts';
import type { CanvasGraph, Selection } from '../model/types.ts';
import { Explanation, WithAnswer } from './Status.tsx';
import './views.css';

type Counterparts = NonNullable<CounterpartsOfPersonQuery['counterparts']>;

const PEOPLE: EntityType[] = ['PERSON'];
// Delegations and governments attend as organisations and countries; for many officials they are most of whom they met.
const PEOPLE_AND_DELEGATIONS: EntityType[] = ['PERSON', 'ORGANIZATION', 'COUNTRY'];

/** The person the view is about: the one selected on the canvas, if a person is selected. */
function selectedPerson(selection: Selection | null, graph: CanvasGraph): { id: string; name: string } | null {
  if (selection?.kind !== 'node') return null;
  const node = graph.nodes[selection.id];
  return node?.type === 'Person' ? { id: node.id, name: node.label } : null;
}

/**
 * Whom a person met: the people who attended the same events, ranked by how many, with those events. The
 * person is the one selected on the canvas or, when no person is selected, one chosen from a list.
 */
export function CounterpartsView({
  selection,
  graph,
  onOpenEgo,
  onOpenEntity,
}: {
  selection: Selection | null;
  graph: CanvasGraph;
  onOpenEgo(personId: string): void;
  onOpenEntity(id: string): void;
}): JSX.Element {
  const selected = selectedPerson(selection, graph);
  const [chosen, setChosen] = useState<{ id: string; name: string } | null>(null);
  const person = selected ?? chosen;

  return (
    <section className="research-view counterparts-view" aria-label="Counterparts">
      {selected ? (
        <p className="view-range">
          Counterparts of <strong>{selected.name}</strong>, selected on the canvas.
        </p>
      ) : (
        <PersonChooser chosen={chosen} onChoose={setChosen} />
      )}
      {person ? (
        <PersonCounterparts person={person} onOpenEgo={onOpenEgo} onOpenEntity={onOpenEntity} />
      ) : (
        <Explanation>
          <p>Select a person on the canvas, or choose one above, to see whom they met at the same events.</p>
        </Explanation>
      )}
    </section>
  );
}

function PersonChooser({
  chosen,
  onChoose,
}: {
  chosen: { id: string; name: string } | null;
  onChoose(person: { id: string; name: string } | null): void;
}): JSX.Element {
  const state = useQuery(PeopleToChooseFromDocument, { first: 100 });
  return (
    <WithAnswer state={state} what="the people in the graph">
      {(data) => (
        <div className="view-controls">
          <label>
            Person{' '}
            <select
              value={chosen?.id ?? ''}
              aria-label="Person whose counterparts to show"
              onChange={(event) => {
                const person = data.people.nodes.find((candidate) => candidate.id === event.target.value);
                onChoose(person ? { id: person.id, name: person.name } : null);
              }}
            >
              <option value="">Choose a person…</option>
              {data.people.nodes.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </WithAnswer>
  );
}

function PersonCounterparts({
  person,
  onOpenEgo,
  onOpenEntity,
}: {
  person: { id: string; name: string };
  onOpenEgo(personId: string): void;
  onOpenEntity(id: string): void;
}): JSX.Element {
  const [withDelegations, setWithDelegations] = useState(false);
  const types = withDelegations ? PEOPLE_AND_DELEGATIONS : PEOPLE;
  const state = useQuery(CounterpartsOfPersonDocument, { person: person.id, types, first: 50 });
  return (
    <>
      <div className="view-controls">
        <button type="button" onClick={() => onOpenEgo(person.id)} aria-label={`Open the ego graph of ${person.name} on the canvas`}>
          Open {person.name}’s ego graph
        </button>
        <label>
          <input
            type="checkbox"
            checked={withDelegations}
            onChange={(event) => setWithDelegations(event.target.checked)}
            aria-label="Count organisations, delegations and countries as counterparts too"
          />{' '}
          Organisations and countries too
        </label>
      </div>
      <WithAnswer state={state} what={`the counterparts of ${person.name}`}>
        {(data) =>
          data.counterparts === null ? (
            <Explanation>
              <p>{person.name} is no longer in the graph. Choose someone else.</p>
            </Explanation>
          ) : data.counterparts.edges.length === 0 ? (
            <Explanation>
              <p>
                {person.name} attended no event together with another {withDelegations ? 'person, organisation or country' : 'person'} the
                sources name.{withDelegations ? '' : ' Include organisations and countries to see the delegations they met.'}
              </p>
            </Explanation>
          ) : (
            <CounterpartList
              counterparts={data.counterparts}
              personName={person.name}
              withDelegations={withDelegations}
              onOpenEntity={onOpenEntity}
            />
          )
        }
      </WithAnswer>
    </>
  );
}

function CounterpartList({
  counterparts,
  personName,
  withDelegations,
  onOpenEntity,
}: {
  counterparts: Counterparts;
  personName: string;
  withDelegations: boolean;
  onOpenEntity(id: string): void;
}): JSX.Element {
  const most = Math.max(...counterparts.edges.map((edge) => edge.sharedEventCount));
  const shown = counterparts.edges.length;
  const noun = withDelegations ? ['counterpart', 'counterparts'] : ['person', 'people'];
  return (
    <div className="view-table-block">
      <h3>
        {counterparts.totalCount === 1 ? `1 ${noun[0]}` : `${counterparts.totalCount} ${noun[1]}`} met {personName}
        {counterparts.totalCount > shown && `; the ${shown} with most shared events`}
      </h3>
      <ol className="counterpart-list" aria-label={`Counterparts of ${personName}, most shared events first`}>
        {counterparts.edges.map((edge, index) => (
          <li key={edge.node.id} data-key={edge.node.key} data-shared={edge.sharedEventCount}>
            <div className="counterpart-head">
              <span className="counterpart-rank">{index + 1}.</span>
              <button
                type="button"
                className="link-button"
                onClick={() => onOpenEntity(edge.node.id)}
                aria-label={`Put ${edge.node.name} on the canvas`}
              >
                {edge.node.name}
              </button>
              {edge.node.__typename !== 'Person' && <span className="counterpart-type">{typeLabel(edge.node.__typename)}</span>}
              <span className="counterpart-count">
                {edge.sharedEventCount === 1 ? '1 shared event' : `${edge.sharedEventCount} shared events`}
              </span>
            </div>
            <div
              className="counterpart-bar"
              style={{ width: `calc((100% - 1.9rem) * ${edge.sharedEventCount / most})`, background: typeColour(edge.node.__typename) }}
              aria-hidden="true"
            />
            <ul className="counterpart-events" aria-label={`Events ${personName} and ${edge.node.name} both attended`}>
              {edge.sharedEvents.map((event) => (
                <li key={event.id}>
                  <button type="button" className="link-button" onClick={() => onOpenEntity(event.id)} aria-label={`Put the event ${event.name} on the canvas`}>
                    {event.name}
                  </button>{' '}
                  ({event.date.text})
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

type CounterpartType = Counterparts['edges'][number]['node']['__typename'];

function typeLabel(type: CounterpartType): string {
  return ENTITY_STYLE[type].label.toLowerCase();
}

function typeColour(type: CounterpartType): string {
  return ENTITY_STYLE[type].colour;
}
