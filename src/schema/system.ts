import packageJson from '../../package.json' with { type: 'json' };
import { getNeo4jServer, type Neo4jServer, recordWriteCheck, type WriteCheck } from '../data/system.ts';
import { builder } from './builder.ts';

const ServiceInfo = builder.objectRef<{ name: string; version: string }>('ServiceInfo').implement({
  description: 'This service, and the Neo4j server it reads the graph from.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The service’s package name.' }),
    version: t.exposeString('version', { description: 'The service’s version.' }),
    neo4j: t.field({
      type: Neo4jServerRef,
      description: 'The Neo4j server behind the service, as it reports itself.',
      resolve: (_service, _args, { db }) => getNeo4jServer(db),
    }),
  }),
});

const Neo4jServerRef = builder.objectRef<Neo4jServer>('Neo4jServer').implement({
  description: 'A Neo4j server.',
  fields: (t) => ({
    version: t.exposeString('version', { description: 'Kernel version, for example 5.26.31.' }),
    edition: t.exposeString('edition', { description: '`community` or `enterprise`.' }),
  }),
});

const WriteCheckRef = builder.objectRef<WriteCheck>('WriteCheck').implement({
  description: 'The outcome of a write check, read back from Neo4j after writing it.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'How many write checks Neo4j has recorded, this one included.' }),
    lastCheckedAt: t.expose('lastCheckedAt', { type: 'DateTime', description: 'When Neo4j recorded this check.' }),
  }),
});

builder.queryField('service', (t) =>
  t.field({
    type: ServiceInfo,
    description: 'This service and the Neo4j server behind it.',
    resolve: () => ({ name: packageJson.name, version: packageJson.version }),
  }),
);

builder.mutationField('recordWriteCheck', (t) =>
  t.field({
    type: WriteCheckRef,
    description:
      'Diagnostic: writes one counter node and reads it back in a separate read transaction, showing that ' +
      'Neo4j accepts writes and that a read right after a write sees it. Needs an editor’s API key.',
    authScopes: { editor: true },
    resolve: (_root, _args, { db }) => recordWriteCheck(db),
  }),
);
