import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const web = fileURLToPath(new URL('.', import.meta.url));

/**
 * GraphiQL's dependencies mark modules "use client" (for React Server Components) or "use no memo" (for the
 * React Compiler): directives for tools a plain client bundle does not use, so losing them changes nothing,
 * yet rolldown says so once per module. Only those two, and only in node_modules, are dropped: any other
 * directive, or one in our own code, is still reported.
 */
const REACT_TOOLING_DIRECTIVE = /"use (client|no memo)"/;

function isReactToolingDirectiveInDependency(log: { code?: string; message: string; id?: string }): boolean {
  return (
    log.code === 'MODULE_LEVEL_DIRECTIVE' &&
    REACT_TOOLING_DIRECTIVE.test(log.message) &&
    /\bnode_modules\//.test(log.id ?? log.message)
  );
}

/**
 * Two pages, built into hashed assets under /assets/: the explorer (served at /explore) and GraphiQL (served
 * at /graphql). The service serves both from web/dist with compression and long-lived caching; nothing is
 * fetched from a CDN, so both work on a machine with no internet.
 */
export default defineConfig({
  root: web,
  base: '/',
  publicDir: false,
  // JSX through React's automatic runtime, without the React plugin: fast refresh is all it would add.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: true,
    // GraphiQL's editor (Monaco) is large by nature; it is a page of its own and never part of the explorer.
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: {
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
      // The timing table is advice for plugin authors, printed on every build whose plugins are slow.
      checks: { bundlerTimings: false },
      onLog(level, log, report) {
        if (isReactToolingDirectiveInDependency(log)) return;
        report(level, log);
      },
    },
  },
  // Brotli and gzip files beside each asset, made once here, so the service sends them without compressing
  // on every request. The plugin's own list plus .ttf: Monaco's icon font, 80 kB, halves.
  plugins: [
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip')],
      include: /\.(html|xml|css|json|js|mjs|svg|yaml|yml|toml|ttf)$/,
      threshold: 1024,
      exclude: [/\.map$/],
    }),
  ],
  worker: { format: 'es' },
  server: {
    // `npm run dev:web`: the explorer with hot reload, against a service running on port 4000.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
