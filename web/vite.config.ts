import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

const web = fileURLToPath(new URL('.', import.meta.url));

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
    rollupOptions: {
      input: {
        explorer: fileURLToPath(new URL('explorer.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
  // Brotli and gzip files beside each asset, made once here, so the service sends them without compressing
  // on every request.
  plugins: [compression({ algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip')], threshold: 1024, exclude: [/\.map$/] })],
  worker: { format: 'es' },
  server: {
    // `npm run dev:web`: the explorer with hot reload, against a service running on port 4000.
    proxy: { '/graphql': 'http://localhost:4000' },
  },
});
