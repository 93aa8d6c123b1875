import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, Source } from 'graphql';
import { paths } from './paths.ts';

/** One example operation from `examples/`: a research question, answered by a query on the graph. */
export interface Example {
  /** The file name without `.graphql`: the question in words. */
  name: string;
  /** The whole file, question comment included, as GraphiQL shows it. */
  text: string;
  operationName: string;
}

const EXTENSION = '.graphql';

/**
 * Every example, in file-name order: what GraphiQL opens with, what the tests check and what the
 * benchmark times. Read once, on import; a file that is not a single named operation fails the import,
 * so a broken example stops the service at start rather than greeting a researcher with an error.
 */
export const examples: readonly Example[] = readExamples(paths.examples);

function readExamples(folder: string): Example[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith(EXTENSION))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      return { name: file.slice(0, -EXTENSION.length), text, operationName: soleOperationName(text, file) };
    });
}

function soleOperationName(text: string, file: string): string {
  // A named Source makes a syntax error say which file it is in.
  const { definitions } = parse(new Source(text, `examples/${file}`));
  const operations = definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const name = operations.length === 1 ? operations[0]?.name?.value : undefined;
  if (name === undefined) throw new Error(`examples/${file} must hold exactly one operation, and name it`);
  return name;
}
