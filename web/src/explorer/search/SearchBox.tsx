import { type JSX, type KeyboardEvent, type Ref, useEffect, useId, useState } from 'react';
import { describeFailure, request } from '../../api/client.ts';
import { type CanvasEntityFragment, SearchEntitiesDocument } from '../../api/generated.ts';
import { ENTITY_STYLE, iconDataUrl } from '../model/styles.ts';
import type { EntityTypeName } from '../model/types.ts';

/** How long typing must pause before asking: each keystroke does not need its own request. */
const DEBOUNCE_MS = 200;

type Results =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'done'; hits: CanvasEntityFragment[]; total: number };

function useSuggestions(text: string, attempt: number): Results {
  const [results, setResults] = useState<Results>({ status: 'idle' });
  useEffect(() => {
    const words = text.trim();
    if (words.length < 2) {
      setResults({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setResults({ status: 'loading' });
      request(SearchEntitiesDocument, { text: words.slice(0, 200), first: 8 }, { signal: controller.signal }).then(
        (data) => {
          const hits = data.search.edges.flatMap(({ node }) => ('key' in node ? [node as CanvasEntityFragment] : []));
          setResults({ status: 'done', hits, total: data.search.totalCount });
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setResults({ status: 'error', message: describeFailure(error) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, attempt]);
  return results;
}

export interface SearchBoxProps {
  onChoose(entity: CanvasEntityFragment): void;
  inputRef?: Ref<HTMLInputElement>;
}

/** An ARIA 1.2 combobox: the list follows the typing; arrows move through it, Enter puts the entity on the canvas. */
export function SearchBox({ onChoose, inputRef }: SearchBoxProps): JSX.Element {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [attempt, setAttempt] = useState(0);
  const results = useSuggestions(text, attempt);
  const listId = useId();
  const hits = results.status === 'done' ? results.hits : [];
  const expanded = open && results.status !== 'idle';

  // A new answer puts the first suggestion under the cursor, so Enter takes the best match.
  useEffect(() => setActive(results.status === 'done' && results.hits.length > 0 ? 0 : -1), [results]);

  const choose = (entity: CanvasEntityFragment | undefined) => {
    if (!entity) return;
    onChoose(entity);
    setOpen(false);
    setText('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((index) => (hits.length ? (index + 1) % hits.length : -1));
    } else if (event.key === 'ArrowUp') {
      setActive((index) => (hits.length ? (index - 1 + hits.length) % hits.length : -1));
    } else if (event.key === 'Enter') {
      choose(hits[active]);
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
    } else return;
    event.preventDefault();
  };

  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search entities by name (press / to focus)"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder="Search people, places, events…  ( / )"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {expanded && (
        <div className="search-popup">
          <SearchStatus results={results} text={text} onRetry={() => setAttempt((n) => n + 1)} />
          <ul id={listId} role="listbox" aria-label="Suggestions">
            {hits.map((hit, index) => (
              <li
                key={hit.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                // mousedown, not click: the input's blur would close the list before a click lands.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(hit);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <TypeBadge type={hit.__typename} />
                <span className="hit-name">{hit.name}</span>
                <span className="hit-type">{ENTITY_STYLE[hit.__typename].label}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function SearchStatus({ results, text, onRetry }: { results: Results; text: string; onRetry(): void }): JSX.Element | null {
  switch (results.status) {
    case 'loading':
      return (
        <p className="search-status" role="status">
          <span className="spinner" aria-hidden="true" /> Searching…
        </p>
      );
    case 'error':
      return (
        <p className="search-status error" role="alert">
          {results.message}{' '}
          <button type="button" onMouseDown={(event) => event.preventDefault()} onClick={onRetry}>
            Retry
          </button>
        </p>
      );
    case 'done':
      return results.hits.length === 0 ? (
        <p className="search-status" role="status">
          Nothing matches “{text.trim()}”. Try another spelling or fewer words.
        </p>
      ) : (
        <p className="search-status" role="status">
          {results.total > results.hits.length ? `Best ${results.hits.length} of ${results.total}` : `${results.total} found`}; ↑↓ to choose, Enter to add
        </p>
      );
    default:
      return null;
  }
}

export function TypeBadge({ type }: { type: EntityTypeName }): JSX.Element {
  return (
    <span className="type-badge" style={{ background: ENTITY_STYLE[type].colour }} aria-hidden="true">
      <img src={iconDataUrl(type)} alt="" width={14} height={14} />
    </span>
  );
}
