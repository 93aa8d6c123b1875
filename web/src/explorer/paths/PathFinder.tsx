import { type FormEvent, type JSX, useEffect, useMemo, useRef, useState } from 'react';
import { ShortestPathsDocument, type ShortestPathsQuery } from '../../api/generated.ts';
import { useQuery } from '../../api/use-query.ts';
import '../details/details.css';
import { Loading, Problem } from '../details/QueryStatus.tsx';
import { RELATIONSHIP_TYPES, RELATIONSHIP_WORDS } from '../details/relationship-words.ts';
import type { CanvasGraph, CanvasNode, PathQuestion, RelationshipType, Selection } from '../model/types.ts';
import { type ApiPath, chainOf, type PathResult, sayChain, sayStep, toPathResult } from './chain.ts';

export interface PathFinderProps {
  graph: CanvasGraph;
  selection: Selection | null;
  question: PathQuestion | null;
  onAsk(question: PathQuestion | null): void;
  onResult(result: PathResult | null): void;
}

/** The API allows paths of 1 to 8 relationships. */
const MAX_LENGTH = 8;
const DEFAULT_LENGTH = 4;
/** How many of the equally short paths to ask for: enough to see the alternatives, few enough to read. */
const PATH_LIMIT = 10;

function clampLength(value: number): number {
  return Number.isFinite(value) ? Math.min(MAX_LENGTH, Math.max(1, Math.round(value))) : DEFAULT_LENGTH;
}

function nameOf(graph: CanvasGraph, id: string): string {
  return graph.nodes[id]?.label ?? 'an entity not on the canvas';
}

function EntitySelect(props: { label: string; value: string; nodes: CanvasNode[]; onChange(id: string): void }): JSX.Element {
  const known = props.value === '' || props.nodes.some((node) => node.id === props.value);
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(event) => props.onChange(event.target.value)} aria-label={props.label}>
        <option value="">Choose an entity on the canvas…</option>
        {!known && <option value={props.value}>(an entity not on the canvas)</option>}
        {props.nodes.map((node) => (
          <option key={node.id} value={node.id}>
            {node.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function AvoidChoices({ avoid, onToggle }: { avoid: ReadonlySet<RelationshipType>; onToggle(type: RelationshipType): void }): JSX.Element {
  return (
    <fieldset>
      <legend>Never go through these kinds of relationship</legend>
      <div className="panel-avoid">
        {RELATIONSHIP_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={avoid.has(type)}
              onChange={() => onToggle(type)}
              aria-label={`Avoid ${type} (${RELATIONSHIP_WORDS[type].kind})`}
            />
            {type}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Chain({ path }: { path: ApiPath }): JSX.Element {
  const { names, steps } = chainOf(path);
  return (
    <li aria-label={sayChain(path)}>
      {names.map((name, index) => {
        const step = steps[index];
        return (
          <span key={`${index}-${name}`}>
            <strong>{name}</strong>
            {step && <span className="panel-arrow"> {sayStep(step)} </span>}
          </span>
        );
      })}
    </li>
  );
}

interface Asked {
  question: PathQuestion;
  maxLength: number;
  /** Counts the questions asked, so asking the same again asks the API again (the canvas may have changed). */
  serial: number;
}

function Answer({ asked, graph, data }: { asked: Asked; graph: CanvasGraph; data: ShortestPathsQuery }): JSX.Element {
  const paths = data.shortestPaths;
  if (paths === null) return <p className="panel-answer" role="status">One of the two entities is no longer in the graph. Choose another.</p>;
  const between = `${nameOf(graph, asked.question.from)} and ${nameOf(graph, asked.question.to)}`;
  if (paths.length === 0) {
    const avoiding = asked.question.avoid.length > 0 ? `, avoiding ${asked.question.avoid.join(', ')}` : '';
    return (
      <p className="panel-answer" role="status">
        No path between {between} within {asked.maxLength} {asked.maxLength === 1 ? 'step' : 'steps'}
        {avoiding}. Allow longer paths or avoid fewer kinds of relationship.
      </p>
    );
  }
  const length = paths[0]?.length ?? 0;
  return (
    <section aria-label="Shortest paths">
      <p className="panel-answer" role="status">
        {paths.length === PATH_LIMIT ? `The first ${PATH_LIMIT}` : paths.length} shortest {paths.length === 1 ? 'path' : 'paths'} of {length}{' '}
        {length === 1 ? 'step' : 'steps'} between {between}, highlighted on the canvas:
      </p>
      <ol className="panel-path-list">
        {paths.map((path, index) => (
          <Chain key={index} path={path} />
        ))}
      </ol>
    </section>
  );
}

/**
 * One question's answer. Mounted afresh for each question (keyed by its serial), so it never shows, nor
 * reports, the answer to the question before.
 */
function PathAnswer({ asked, graph, onResult }: { asked: Asked; graph: CanvasGraph; onResult: PathFinderProps['onResult'] }): JSX.Element | null {
  const { from, to, avoid } = asked.question;
  const state = useQuery(ShortestPathsDocument, { from, to, avoid, maxLength: asked.maxLength, limit: PATH_LIMIT });
  // Reported once per answer: the App's onResult may be a new function on every render.
  const reported = useRef(false);
  useEffect(() => {
    if (state?.status !== 'done' || reported.current) return;
    reported.current = true;
    const paths = state.data.shortestPaths;
    onResult(paths && paths.length > 0 ? toPathResult(paths) : null);
  }, [state]);
  if (!state || state.status === 'loading') return <Loading what="the paths" />;
  if (state.status === 'error') return <Problem what="the paths" error={state.error} retry={state.retry} />;
  return <Answer asked={asked} graph={graph} data={state.data} />;
}

/**
 * Asks how two entities on the canvas are connected: the shortest paths between them, optionally never along
 * some kinds of relationship, up to a length. The App puts the answer on the canvas and highlights it.
 */
export function PathFinder({ graph, selection, question, onAsk, onResult }: PathFinderProps): JSX.Element {
  const nodes = useMemo(() => Object.values(graph.nodes).sort((a, b) => a.label.localeCompare(b.label)), [graph.nodes]);
  const selected = selection?.kind === 'node' ? selection.id : '';
  const [from, setFrom] = useState(question?.from ?? selected);
  const [to, setTo] = useState(question?.to ?? '');
  const [avoid, setAvoid] = useState<ReadonlySet<RelationshipType>>(new Set(question?.avoid ?? []));
  const [maxLength, setMaxLength] = useState(DEFAULT_LENGTH);
  const [asked, setAsked] = useState<Asked | null>(question ? { question, maxLength: DEFAULT_LENGTH, serial: 0 } : null);

  // A question from elsewhere (a shared link, undo) replaces the form's and is asked at once.
  const questionKey = JSON.stringify(question);
  useEffect(() => {
    if (!question) {
      setAsked(null);
      onResult(null);
      return;
    }
    setFrom(question.from);
    setTo(question.to);
    setAvoid(new Set(question.avoid));
    // The App hands back the question just asked: that one is already being answered.
    setAsked((previous) =>
      previous && JSON.stringify(previous.question) === questionKey
        ? previous
        : { question, maxLength: previous?.maxLength ?? DEFAULT_LENGTH, serial: (previous?.serial ?? 0) + 1 },
    );
  }, [questionKey]);

  // Until the user picks a start, it follows the selection.
  useEffect(() => {
    if (selected && !from) setFrom(selected);
  }, [selected, from]);

  const problem = !from || !to ? 'Choose where paths start and where they end.' : from === to ? 'Choose two different entities.' : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    const next: PathQuestion = { from, to, avoid: RELATIONSHIP_TYPES.filter((type) => avoid.has(type)) };
    setAsked((previous) => ({ question: next, maxLength, serial: (previous?.serial ?? 0) + 1 }));
    onAsk(next);
  };
  const clear = () => {
    setAsked(null);
    onAsk(null);
    onResult(null);
  };
  const toggle = (type: RelationshipType) =>
    setAvoid((current) => {
      const next = new Set(current);
      if (!next.delete(type)) next.add(type);
      return next;
    });

  if (nodes.length < 2 && !asked) {
    return (
      <div className="panel-paths">
        <p className="panel-empty">Put at least two entities on the canvas (search for them) to find the paths between them.</p>
      </div>
    );
  }
  return (
    <div className="panel-paths">
      <form onSubmit={submit} aria-label="Find the shortest paths">
        <EntitySelect label="From" value={from} nodes={nodes} onChange={setFrom} />
        <EntitySelect label="To" value={to} nodes={nodes} onChange={setTo} />
        <AvoidChoices avoid={avoid} onToggle={toggle} />
        <label>
          At most this many steps (1 to {MAX_LENGTH})
          <input
            type="number"
            min={1}
            max={MAX_LENGTH}
            value={maxLength}
            onChange={(event) => setMaxLength(clampLength(event.target.valueAsNumber))}
            aria-label="Longest path, in steps"
          />
        </label>
        {problem && <p className="panel-muted">{problem}</p>}
        <div className="panel-actions">
          <button type="submit" disabled={problem !== null} aria-label="Find the shortest paths">
            Find paths
          </button>
          <button type="button" onClick={clear} disabled={!asked} aria-label="Clear the paths">
            Clear
          </button>
        </div>
      </form>
      {asked && <PathAnswer key={asked.serial} asked={asked} graph={graph} onResult={onResult} />}
    </div>
  );
}
