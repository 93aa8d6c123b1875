import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isObjectType,
  Kind,
  Lexer,
  type OperationDefinitionNode,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  Source,
  TokenKind,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type VariableValues,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from './data/page.ts';

/** How much one request may ask; each is settable by environment (see src/config.ts). */
export interface Limits {
  /** Levels of fields nested in the operation: `{ people { nodes { name } } }` is 3. */
  depth: number;
  /** The operation's weight: a field costs 1, and a list or connection multiplies what it selects by its size. */
  cost: number;
  aliases: number;
  directives: number;
  /** Lexical tokens of the query text (names, punctuation, values); comments are bounded by the same figure. */
  tokens: number;
  /** Bytes of one request body: the query and its variables. */
  requestBytes: number;
}

/*
 * Tuned to what the research examples ask (`npm run limits:examples` prints each one's figures):
 * - depth 30: the deepest example nests 11 levels, GraphiQL's schema introspection 15.
 * - cost 100,000,000: the deep example (lists of 100, 50, 20 and 50 nested) costs 30,635,501, the next
 *   costliest 7,381. Four nested lists of 100 (100,000,000 rows at most) do not run.
 * - tokens 2,000: the longest example has 120, introspection 181, and a GraphiQL tab holding every example
 *   about 1,400 (GraphiQL sends the whole tab, whichever operation runs).
 * - aliases and directives 20: no example uses any; room for a frontend to ask for a few things side by
 *   side and to toggle parts of a query.
 * - 4,000,000 bytes: the largest example's request is about 1 KB, but a dataset import sends whole files, up
 *   to 2 MiB of them (IMPORT_LIMITS in src/schema/dataset-import.ts), enlarged by JSON's escapes.
 */
export const DEFAULT_LIMITS: Limits = {
  depth: 30,
  cost: 100_000_000,
  aliases: 20,
  directives: 20,
  tokens: 2_000,
  requestBytes: 4_000_000,
};

/** What `Limits` bounds, as measured on one operation. */
export interface QueryFigures {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
}

const NOTHING: QueryFigures = { depth: 0, cost: 0, aliases: 0, directives: 0 };

/**
 * Measures the operation a request runs, with its variables: arguments given as variables (or left to
 * their defaults) weigh what they will be at execution. Nothing, when the variables do not coerce: execution
 * then stops before anything runs.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables: Readonly<Record<string, unknown>> = {},
): QueryFigures {
  const operation = getOperationAST(document, operationName);
  if (!operation) return NOTHING;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  if (!('variableValues' in coerced)) return NOTHING;
  return new OperationMeasure(schema, document, coerced.variableValues).operation(operation);
}

/**
 * Refuses a request that asks for more than the limits allow, before anything runs: the token limit while
 * parsing (so an oversized query is not even parsed whole), the others once the variables are known, with
 * an error per limit exceeded. The body size is yoga's `maxRequestBodySize`; see createApp.
 */
export function useRequestLimits(limits: Limits): Plugin {
  return {
    onParse: ({ parseFn, setParseFn }) => {
      setParseFn((source, options) => {
        try {
          // Comments are skipped, not counted as tokens, so they get a bound of their own.
          return parseFn(source, { ...options, maxLexicalTokens: limits.tokens, maxComments: limits.tokens });
        } catch (error) {
          const reached = error instanceof GraphQLError ? TOKEN_LIMIT_REACHED.exec(error.message)?.[1] : undefined;
          throw reached ? tooMany(reached, limits.tokens) : error;
        }
      });
    },
    onExecute: ({ args, setResultAndStopExecution }) => {
      const figures = measureOperation(args.schema, args.document, args.operationName, args.variableValues ?? {});
      const errors = limitErrors(figures, limits);
      if (errors.length > 0) setResultAndStopExecution({ errors });
    },
  };
}

const TOKEN_LIMIT_REACHED = /^Syntax Error: Document contains more than \d+ (tokens|comments)\./;

/** A refused request is the client's to fix, as a validation error is: 400, or 200 to an `application/json` client. */
function limitError(message: string, code: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status: 400, spec: true } } });
}

function tooMany(what: string, limit: number): GraphQLError {
  const advice = what === 'comments' ? 'send it with fewer comments' : 'send a shorter query, or split it into several requests';
  return limitError(`The query has more than ${limit} ${what}, above the limit: ${advice}.`, 'TOO_MANY_TOKENS');
}

/** Each limit checked on the measured operation: its error code, and what the client is told. */
const CHECKS: { figure: keyof QueryFigures; code: string; message: (figure: number, limit: number) => string }[] = [
  {
    figure: 'depth',
    code: 'QUERY_TOO_DEEP',
    message: (depth, limit) => `The query nests ${depth} levels deep, above the limit of ${limit}: ask for fewer levels of related entities in one request.`,
  },
  { figure: 'aliases', code: 'TOO_MANY_ALIASES', message: (aliases, limit) => `The query uses ${aliases} aliases, above the limit of ${limit}.` },
  { figure: 'directives', code: 'TOO_MANY_DIRECTIVES', message: (directives, limit) => `The query uses ${directives} directives, above the limit of ${limit}.` },
  {
    figure: 'cost',
    code: 'QUERY_TOO_COSTLY',
    // A query nested hundreds of lists deep costs more than a number holds; it is still just too costly.
    message: (cost, limit) =>
      `The query costs ${Number.isFinite(cost) ? cost : 'more than can be counted'}, above the limit of ${limit}: ask for smaller pages (first/last) or fewer nested lists.`,
  },
];

function limitErrors(figures: QueryFigures, limits: Limits): GraphQLError[] {
  return CHECKS.filter(({ figure }) => figures[figure] > limits[figure]).map(({ figure, code, message }) =>
    limitError(message(figures[figure], limits[figure]), code),
  );
}

/** Lexical tokens in a query text, as the parser counts them for `maxLexicalTokens` (comments excluded). */
export function countTokens(text: string): number {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  while (lexer.advance().kind !== TokenKind.EOF) tokens += 1;
  return tokens;
}

/** The arguments that say how many items a field returns or how far a traversal goes; their product weighs it. */
const PAGE_ARGUMENTS = ['first', 'last'];
const SIZE_ARGUMENTS = ['limit', 'depth', 'maxLength'];

class OperationMeasure {
  private readonly fragments = new Map<string, FragmentDefinitionNode>();
  /** A fragment's figures do not depend on where it is spread, so a fragment spread many times is measured once. */
  private readonly measuredFragments = new Map<string, QueryFigures>();
  private readonly schema: GraphQLSchema;
  private readonly variableValues: VariableValues;

  constructor(schema: GraphQLSchema, document: DocumentNode, variableValues: VariableValues) {
    this.schema = schema;
    this.variableValues = variableValues;
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) this.fragments.set(definition.name.value, definition);
    }
  }

  operation(operation: OperationDefinitionNode): QueryFigures {
    const rootType = this.schema.getRootType(operation.operation) ?? undefined;
    const figures = this.selections(operation.selectionSet, rootType);
    return { ...figures, directives: figures.directives + directiveCount(operation) };
  }

  /**
   * Fragments on different object types of an abstract parent never apply to the same item, so only the
   * costliest of them counts; everything else applies to every item and adds up.
   */
  private selections(selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined): QueryFigures {
    let always = { ...NOTHING };
    const byObjectType = new Map<string, QueryFigures>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        always = sum(always, this.field(selection, parentType));
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
      const typeName = fragment?.typeCondition?.name.value;
      const type = typeName === undefined ? parentType : this.schema.getType(typeName);
      const measured =
        selection.kind === Kind.INLINE_FRAGMENT ? this.selections(selection.selectionSet, type) : this.fragmentSpread(selection.name.value);
      const figures = { ...measured, directives: measured.directives + directiveCount(selection) };
      if (type && parentType && isAbstractType(parentType) && isObjectType(type)) {
        byObjectType.set(type.name, sum(byObjectType.get(type.name) ?? NOTHING, figures));
      } else {
        always = sum(always, figures);
      }
    }
    const costliest = [...byObjectType.values()].reduce((most, figures) => (figures.cost > most.cost ? figures : most), NOTHING);
    const documentCounts = [...byObjectType.values()].reduce(sum, NOTHING);
    return {
      depth: Math.max(always.depth, ...[...byObjectType.values()].map((figures) => figures.depth)),
      cost: always.cost + costliest.cost,
      aliases: always.aliases + documentCounts.aliases,
      directives: always.directives + documentCounts.directives,
    };
  }

  private fragmentSpread(name: string): QueryFigures {
    const measured = this.measuredFragments.get(name);
    if (measured) return measured;
    const fragment = this.fragments.get(name);
    if (!fragment) return NOTHING;
    // A fragment that spreads itself is refused by validation; measured before that, it must not loop.
    this.measuredFragments.set(name, NOTHING);
    const inner = this.selections(fragment.selectionSet, this.schema.getType(fragment.typeCondition.name.value));
    const figures = { ...inner, directives: inner.directives + directiveCount(fragment) };
    this.measuredFragments.set(name, figures);
    return figures;
  }

  private field(node: FieldNode, parentType: GraphQLNamedType | undefined): QueryFigures {
    const definition = fieldDefinition(node.name.value, parentType, this.schema);
    const own = { aliases: node.alias ? 1 : 0, directives: directiveCount(node) };
    if (!node.selectionSet || !definition) return { depth: 1, cost: 1, ...own };
    const inner = this.selections(node.selectionSet, getNamedType(definition.type));
    return {
      depth: 1 + inner.depth,
      cost: 1 + this.size(node, definition) * inner.cost,
      aliases: own.aliases + inner.aliases,
      directives: own.directives + inner.directives,
    };
  }

  /**
   * How many times a field's selection may be answered: its page size (a default page without one), times
   * its traversal's limit, depth or path length (their defaults when not given), times the number of ids
   * or keys asked for (`nodes`, `entitiesByKey`, and `relationshipsAmong`, whose relationships a sparse graph
   * keeps near the number of entities). A list without any of these is a short list of an item's own (its citations, say) and
   * weighs 1, as introspection's lists do: graphql refuses introspection nested deeper than a few levels.
   */
  private size(node: FieldNode, definition: GraphQLField<unknown, unknown>): number {
    const values = this.argumentValues(node, definition);
    const declared = new Set(definition.args.map((argument) => argument.name));
    let size = PAGE_ARGUMENTS.some((name) => declared.has(name)) ? wholeOr(values.first, wholeOr(values.last, DEFAULT_PAGE_SIZE)) : 1;
    for (const name of SIZE_ARGUMENTS) {
      if (declared.has(name)) size *= wholeOr(values[name], 1);
    }
    for (const list of [values.ids, values.keys]) if (Array.isArray(list)) size *= list.length;
    return size;
  }

  private argumentValues(node: FieldNode, definition: GraphQLField<unknown, unknown>): Record<string, unknown> {
    try {
      return getArgumentValues(definition, node, this.variableValues);
    } catch {
      // Validation and variable coercion passed, so only a value execution refuses too lands here.
      return {};
    }
  }
}

function fieldDefinition(name: string, parentType: GraphQLNamedType | undefined, schema: GraphQLSchema) {
  if (name === '__typename') return TypeNameMetaFieldDef;
  if (parentType === schema.getQueryType()) {
    if (name === '__schema') return SchemaMetaFieldDef;
    if (name === '__type') return TypeMetaFieldDef;
  }
  return isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[name] : undefined;
}

function directiveCount(node: { directives?: readonly unknown[] | undefined }): number {
  return node.directives?.length ?? 0;
}

function wholeOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : fallback;
}

function sum(a: QueryFigures, b: QueryFigures): QueryFigures {
  return {
    depth: Math.max(a.depth, b.depth),
    cost: a.cost + b.cost,
    aliases: a.aliases + b.aliases,
    directives: a.directives + b.directives,
  };
}
