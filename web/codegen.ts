import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The explorer's operations (web/src/api/operations/*.graphql) typed against the printed schema: one file of
 * TypedDocumentNodes, so a query and the type of its answer cannot drift apart. `npm run codegen` writes it;
 * tests/explorer/codegen.test.ts fails while it is stale.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: 'web/src/api/operations/*.graphql',
  generates: {
    'web/src/api/generated.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, object: true, inputValue: false, defaultValue: false },
        skipTypename: false,
        nonOptionalTypename: true,
        scalars: { Date: 'string', DateTime: 'string', BigInt: 'string' },
        onlyOperationTypes: true,
        // Operations as strings: the explorer then bundles no GraphQL parser or printer.
        documentMode: 'string',
      },
    },
  },
};

export default config;
