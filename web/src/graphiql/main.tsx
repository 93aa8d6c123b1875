import 'graphiql/setup-workers/vite';
// GraphiQL's all-in-one style.css is 630 kB, blocking the first paint: a second copy of Monaco's styles (its
// own chunk brings them when the editor loads), Monaco's icon font inlined (also its own file), and Roboto
// inlined in every subset. Its parts instead, keeping Fira Code, the font the editors are set to, and leaving
// the interface to the system's sans-serif (graphiql.css).
import '@graphiql/react/style.css';
import '@graphiql/react/font/fira-code.css';
import '@graphiql/plugin-doc-explorer/style.css';
import '@graphiql/plugin-history/style.css';
import 'graphiql/graphiql.css';
import './graphiql.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QUESTIONS_PLUGIN } from './questions-plugin.tsx';
import { WELCOME_QUERY } from './welcome.ts';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// Module constants: GraphiQL re-applies `plugins` and `visiblePlugin` whenever their identity changes.
const PLUGINS = [QUESTIONS_PLUGIN, HISTORY_PLUGIN];

/**
 * The questions are open on a first visit only. GraphiQL remembers an open plugin but forgets a closed one
 * (it removes the key), so our own mark tells a returning researcher who closed the list from a newcomer.
 */
const VISITED_KEY = 'kz-cn-graph:graphiql-visited';

function firstVisit(): boolean {
  try {
    const first = localStorage.getItem(VISITED_KEY) === null;
    localStorage.setItem(VISITED_KEY, '1');
    return first;
  } catch {
    // Storage refused (private mode, a policy): every visit is a first one, which is the helpful default.
    return true;
  }
}

const initiallyVisible = firstVisit() ? QUESTIONS_PLUGIN : undefined;

// In GraphiQL's logo slot, which it finds by element type, so this is an element and not a component of ours.
const brand = (
  <GraphiQL.Logo>
    <span className="kz-brand">
      <span className="kz-brand-title">Kazakhstan–China graph</span>
      <a className="kz-brand-link" href="/explore" aria-label="Open the graph explorer">
        Explorer →
      </a>
    </span>
  </GraphiQL.Logo>
);

const root = document.getElementById('graphiql');
if (!root) throw new Error('graphiql.html has no element with id "graphiql" to render into');

createRoot(root).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      plugins={PLUGINS}
      {...(initiallyVisible ? { visiblePlugin: initiallyVisible } : {})}
      defaultQuery={WELCOME_QUERY}
    >
      {brand}
    </GraphiQL>
  </StrictMode>,
);
