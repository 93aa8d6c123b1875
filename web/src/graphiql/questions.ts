import { Kind, type OperationDefinitionNode, parse, valueFromASTUntyped } from 'graphql';

/** One research question from examples/: what GraphiQL's "Research questions" list offers. */
export interface ResearchQuestion {
  /** The example's file name without `.graphql`, stable across edits of its text: the React key. */
  slug: string;
  /** The question as its leading comment says it, `#` marks removed and wrapped lines joined. */
  question: string;
  /** The named operation, also the title GraphiQL gives the tab it opens in. */
  operationName: string;
  /** The whole file, comment included, for the operation editor. */
  query: string;
  /** The operation's variable defaults as JSON, so they can be changed without editing the query; '' when none. */
  variables: string;
}

/**
 * The examples, embedded at build time: the page needs no request to list them and the service need not
 * serve examples/. scripts/build-web.ts rebuilds when a file there changes.
 */
const EXAMPLE_FILES = import.meta.glob<string>('../../../examples/*.graphql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const RESEARCH_QUESTIONS: readonly ResearchQuestion[] = Object.entries(EXAMPLE_FILES)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, text]) => toResearchQuestion(path, text));

export function toResearchQuestion(path: string, text: string): ResearchQuestion {
  const slug = (path.split('/').pop() ?? path).replace(/\.graphql$/, '');
  const operation = soleOperation(text, slug);
  return {
    slug,
    question: leadingComment(text),
    operationName: operation.name?.value ?? slug,
    query: text,
    variables: defaultVariables(operation),
  };
}

/** The comment lines before the operation, as prose: paragraphs (blank `#` lines) kept apart by a blank line. */
export function leadingComment(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed.startsWith('#')) break;
    lines.push(trimmed.replace(/^#+\s?/, '').trim());
  }
  return lines
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\n/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
}

function soleOperation(text: string, slug: string): OperationDefinitionNode {
  const operations = parse(text).definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const [operation] = operations;
  // The service refuses to start on such an example too (src/examples.ts); this names the file for the build.
  if (operations.length !== 1 || operation === undefined) {
    throw new Error(`examples/${slug}.graphql must hold exactly one operation`);
  }
  return operation;
}

function defaultVariables(operation: OperationDefinitionNode): string {
  const defaults = Object.fromEntries(
    (operation.variableDefinitions ?? []).flatMap((definition) =>
      definition.defaultValue ? [[definition.variable.name.value, valueFromASTUntyped(definition.defaultValue)]] : [],
    ),
  );
  return Object.keys(defaults).length === 0 ? '' : JSON.stringify(defaults, null, 2);
}

/** The question's first sentence (up to its question mark), to lead the list entry; the rest follows it. */
export function splitHeadline(question: string): { headline: string; rest: string } {
  const end = question.search(/\?(\s|$)/);
  if (end < 0) return { headline: question, rest: '' };
  return { headline: question.slice(0, end + 1), rest: question.slice(end + 1).trim() };
}
