// Prints, for every example operation in examples/ and for GraphiQL's schema introspection, the figures the
// request limits bound (depth, cost, aliases, directives, tokens, body bytes), each against its default limit,
// so the defaults in src/limits.ts can be set from what the research questions really ask. No Neo4j needed.
import { getIntrospectionQuery, parse } from 'graphql';
import { examples } from '../src/examples.ts';
import { countTokens, DEFAULT_LIMITS, measureOperation } from '../src/limits.ts';
import { schema } from '../src/schema/index.ts';

// What GraphiQL sends to learn the schema (its own options), so the limits must let it through too.
const introspection = { name: 'graphiql-introspection', text: getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true }) };

const rows = [...examples, introspection].map(({ name, text }) => {
  const document = parse(text);
  const body = JSON.stringify({ query: text, variables: {} });
  return {
    name,
    ...measureOperation(schema, document),
    tokens: countTokens(text),
    requestBytes: Buffer.byteLength(body),
  };
});

const columns = ['depth', 'cost', 'aliases', 'directives', 'tokens', 'requestBytes'] as const;
const largest = Object.fromEntries(columns.map((column) => [column, Math.max(...rows.map((row) => row[column]))]));

const nameWidth = Math.max(...rows.map((row) => row.name.length));
const cell = (value: string | number) => String(value).padStart(13);
const line = (name: string, values: (string | number)[]) => console.log(name.padEnd(nameWidth), ...values.map(cell));

line('', [...columns]);
for (const row of rows) line(row.name, columns.map((column) => row[column]));
line('largest', columns.map((column) => largest[column]!));
line('default limit', columns.map((column) => DEFAULT_LIMITS[column]));
line('limit / largest', columns.map((column) => (largest[column] ? (DEFAULT_LIMITS[column] / largest[column]).toFixed(1) : '-')));
