import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import {
  datasetFile,
  entity as entitySchema,
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  mention as mentionSchema,
  type Mention,
  type Relationship,
  type Source,
} from './format.ts';
import { endTypeProblems, factProblems } from './relationship-rules.ts';

/** One thing wrong, located well enough to fix it: the file, the entry in it, and the field. */
export interface DatasetProblem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export class DatasetInvalidError extends Error {
  override name = 'DatasetInvalidError';
  readonly problems: DatasetProblem[];

  constructor(problems: DatasetProblem[]) {
    super(`The dataset has ${problems.length} problem(s); nothing was written:\n${problems.map(formatProblem).join('\n')}`);
    this.problems = problems;
  }
}

export function formatProblem({ file, entry, field, message }: DatasetProblem): string {
  return `${file}: ${entry}${field ? `, ${field}` : ''}: ${message}`;
}

export interface DatasetFileContent {
  name: string;
  source: Source;
  /** The entities this source speaks of: full definitions and mentions alike. */
  entities: (Entity | Mention)[];
  relationships: Relationship[];
}

export interface Dataset {
  files: DatasetFileContent[];
  /** Every entity's full definition, with the aliases every file adds. */
  entities: Map<string, Entity>;
}

export async function readDatasetFolder(folder: string): Promise<{ name: string; text: string }[]> {
  const names = (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort();
  return Promise.all(names.map(async (name) => ({ name, text: await readFile(join(folder, name), 'utf8') })));
}

/** Each file checked on its own: what parsed, and what is wrong so far. */
export interface ParsedDataset {
  files: DatasetFileContent[];
  /** Ids of entities too malformed to read: relationships to them raise no further problems. */
  malformedIds: Set<string>;
  problems: DatasetProblem[];
}

/**
 * Checks every file and the dataset as a whole; throws DatasetInvalidError listing every problem found.
 * `known` gives the types of entities already in the graph: a file may mention those without any file
 * defining them. Without it (the folder check), every mention needs a definition in some file.
 */
export function validateDataset(inputs: { name: string; text: string }[], known?: ReadonlyMap<string, EntityType>): Dataset {
  return checkDataset(parseDataset(inputs), known);
}

export function parseDataset(inputs: { name: string; text: string }[]): ParsedDataset {
  const problems: DatasetProblem[] = [];
  const malformedIds = new Set<string>();
  const files = inputs.flatMap((input) => {
    const file = parseFile(basename(input.name), input.text, problems, malformedIds);
    return file ? [file] : [];
  });
  return { files, malformedIds, problems };
}

/** The ids the files mention that no file defines: the graph must have them. */
export function idsMentionedOnly({ files }: ParsedDataset): string[] {
  const defined = new Set(files.flatMap((file) => file.entities.filter((item) => 'type' in item).map((item) => item.id)));
  return [...new Set(files.flatMap((file) => file.entities.map((item) => item.id)))].filter((id) => !defined.has(id));
}

/** The checks across files (and against the graph's `known` entities), after each file was parsed. */
export function checkDataset(parsed: ParsedDataset, known?: ReadonlyMap<string, EntityType>): Dataset {
  const problems = [...parsed.problems];
  const entities = checkAcrossFiles(parsed.files, parsed.malformedIds, problems, known);
  if (problems.length > 0) throw new DatasetInvalidError(problems);
  return { files: parsed.files, entities };
}

/** The file's well-formed parts (its malformed entities are reported, and their ids added to `malformedIds`). */
function parseFile(
  name: string,
  text: string,
  problems: DatasetProblem[],
  malformedIds: Set<string>,
): DatasetFileContent | undefined {
  const report = (entry: string, field: string, message: string) => problems.push({ file: name, entry, field, message });
  const document = parseDocument(text, { uniqueKeys: true });
  if (document.errors.length > 0) {
    for (const error of document.errors) report(`line ${error.linePos?.[0].line ?? '?'}`, '', `YAML: ${error.message.split('\n')[0]}`);
    return undefined;
  }
  // Aliases are resolved only here: one to no anchor, or too many expanded (a "billion laughs"), throws.
  let content: unknown;
  try {
    content = document.toJS({ maxAliasCount: 1000 });
  } catch (error) {
    report('file', '', `YAML: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
  reportPrototypeKeys(content, report);
  const outline = datasetFile.safeParse(content);
  if (!outline.success) {
    reportIssues(outline.error.issues, content, report);
    return undefined;
  }
  const { source, relationships } = outline.data;
  // Ids of malformed entries still count as present, so relationships to them raise no further problems.
  const entities = outline.data.entities.flatMap((raw, index) => {
    const schema: z.ZodType<Entity | Mention> = 'type' in raw ? entitySchema : mentionSchema;
    const parsed = schema.safeParse(raw);
    if (parsed.success) return [parsed.data];
    if (typeof raw.id === 'string') malformedIds.add(raw.id);
    for (const issue of parsed.error.issues) report(entryLabel('entities', index, raw), issue.path.join('.'), issue.message);
    return [];
  });

  const file = { name, source, entities, relationships };
  checkWithinFile(file, malformedIds, report);
  return file;
}

/**
 * Reports every `__proto__` key, wherever it stands, and removes it. Parsing into plain objects would
 * otherwise take it as the object's prototype rather than a field (an entity's fields are copied that
 * way), and it would vanish without a word, taking whatever it held with it.
 */
function reportPrototypeKeys(content: unknown, report: (entry: string, field: string, message: string) => void) {
  const found: { path: PropertyKey[]; message: string }[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value !== 'object' || value === null) return;
    if (Object.hasOwn(value, '__proto__')) {
      found.push({ path: [...path, '__proto__'], message: 'the key "__proto__" is not allowed: rename or remove it' });
      delete (value as Record<string, unknown>)['__proto__'];
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  visit(content, []);
  // One at the top stands for no section; the file is where it is.
  for (const { path, message } of found.filter(({ path }) => path.length === 1)) report('file', String(path[0]), message);
  reportIssues(found.filter(({ path }) => path.length > 1), content, report);
}

function reportIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
  data: unknown,
  report: (entry: string, field: string, message: string) => void,
) {
  for (const issue of issues) {
    const [section, index, ...rest] = issue.path;
    if (typeof index === 'number') {
      const item = (data as Record<string, unknown[]>)[String(section)]?.[index];
      report(entryLabel(String(section), index, item), rest.join('.'), issue.message);
    } else {
      report(String(section ?? 'file'), [index, ...rest].filter((part) => part !== undefined).join('.'), issue.message);
    }
  }
}

/** `entities[3] (person/x)`: the position in the file, and the id (or type) that says which entry it is. */
function entryLabel(section: string, index: number, item: unknown): string {
  const { id, type } = (item ?? {}) as { id?: unknown; type?: unknown };
  const label = typeof id === 'string' ? id : typeof type === 'string' ? type : '';
  return `${section}[${index}]${label ? ` (${label})` : ''}`;
}

function checkWithinFile(
  file: DatasetFileContent,
  malformedIds: Set<string>,
  report: (entry: string, field: string, message: string) => void,
) {
  const { source } = file;
  if (source.kind === 'article' && (!source.paragraphs || !source.seedFile)) {
    report('source', source.paragraphs ? 'seedFile' : 'paragraphs', 'an article needs its seed file and paragraph count');
  }
  const skipped = new Set(source.skippedParagraphs.map((skip) => skip.paragraph));
  const checkCites = (entry: string, cites: (number | string)[]) => {
    for (const cite of cites) {
      if (source.kind === 'reference' && typeof cite === 'number') report(entry, 'cites', 'a reference source cites sections by name, not paragraph numbers');
      if (source.kind === 'article' && typeof cite === 'string') report(entry, 'cites', `"${cite}" is not a paragraph number`);
      if (typeof cite === 'number' && source.paragraphs && cite > source.paragraphs) report(entry, 'cites', `paragraph ${cite} does not exist: the article has ${source.paragraphs}`);
      if (typeof cite === 'number' && skipped.has(cite)) report(entry, 'cites', `paragraph ${cite} is listed as skipped`);
    }
  };

  const here = new Map<string, Entity | Mention>();
  for (const item of file.entities) {
    const entry = `entities (${item.id})`;
    if (here.has(item.id)) report(entry, 'id', 'appears twice in this file');
    here.set(item.id, item);
    if ('type' in item && !item.id.startsWith(`${ENTITY_TYPES[item.type]}/`)) {
      report(entry, 'id', `a ${item.type} id starts with ${ENTITY_TYPES[item.type]}/`);
    }
    checkCites(entry, item.cites);
  }

  const seen = new Set<string>();
  file.relationships.forEach((relationship, index) => {
    const entry = `relationships[${index}] (${relationship.type} ${relationship.from} → ${relationship.to})`;
    checkCites(entry, relationship.cites);
    for (const end of ['from', 'to'] as const) {
      if (!here.has(relationship[end]) && !malformedIds.has(relationship[end])) report(entry, end, `${relationship[end]} is not among this file's entities`);
    }
    for (const problem of factProblems(relationship)) report(entry, problem.field, problem.message);
    if (relationship.partner && !here.has(relationship.partner)) report(entry, 'partner', `${relationship.partner} is not among this file's entities`);
    const key = relationshipKey(relationship);
    if (seen.has(key)) report(entry, '', 'appears twice in this file');
    seen.add(key);
  });
}

/**
 * What makes two relationships the same one. A person may hold two posts in one organisation, and each
 * source that attests a post at its own date is an attestation of its own, so post and date count too.
 */
export function relationshipKey(relationship: Relationship): string {
  return [relationship.type, relationship.from, relationship.to, relationship.post ?? '', relationship.asOf?.date ?? ''].join('|');
}

function checkAcrossFiles(
  files: DatasetFileContent[],
  malformedIds: Set<string>,
  problems: DatasetProblem[],
  known: ReadonlyMap<string, EntityType> | undefined,
): Map<string, Entity> {
  const sources = new Map<string, string>();
  const definitions = new Map<string, { entity: Entity; file: string }>();
  for (const file of files) {
    const other = sources.get(file.source.id);
    if (other) problems.push({ file: file.name, entry: 'source', field: 'id', message: `${file.source.id} is also the source of ${other}` });
    sources.set(file.source.id, file.name);

    for (const item of file.entities) {
      if (!('type' in item)) continue;
      const { aliases: _aliases, cites: _cites, note: _note, ...facts } = item;
      const earlier = definitions.get(item.id);
      if (!earlier) {
        definitions.set(item.id, { entity: item, file: file.name });
        continue;
      }
      const { aliases: _a, cites: _c, note: _n, ...earlierFacts } = earlier.entity;
      if (!isDeepStrictEqual(facts, earlierFacts)) {
        problems.push({
          file: file.name,
          entry: `entities (${item.id})`,
          field: '',
          message: `defined differently in ${earlier.file}; define it in one file and mention it in the others`,
        });
      }
    }
  }

  // One relationship stated by several sources must be stated alike: its properties are those of one edge.
  const statements = new Map<string, { facts: unknown; file: string }>();
  for (const file of files) {
    for (const [index, relationship] of file.relationships.entries()) {
      const { cites: _cites, note: _note, ...facts } = relationship;
      const key = relationshipKey(relationship);
      const earlier = statements.get(key);
      if (!earlier) statements.set(key, { facts, file: file.name });
      else if (!isDeepStrictEqual(facts, earlier.facts)) {
        problems.push({
          file: file.name,
          entry: `relationships[${index}] (${relationship.type} ${relationship.from} → ${relationship.to})`,
          field: '',
          message: `stated with other properties in ${earlier.file}`,
        });
      }
    }
  }

  const entities = new Map<string, Entity>();
  for (const [id, { entity }] of definitions) entities.set(id, { ...entity, aliases: [...entity.aliases] });
  for (const file of files) {
    for (const item of file.entities) {
      const definition = entities.get(item.id);
      if (!definition) {
        if (malformedIds.has(item.id) || known?.has(item.id)) continue;
        const message = known ? 'is mentioned but defined in no file and not in the graph' : 'is mentioned but defined in no file';
        problems.push({ file: file.name, entry: `entities (${item.id})`, field: 'id', message });
        continue;
      }
      for (const alias of item.aliases) if (!definition.aliases.includes(alias)) definition.aliases.push(alias);
    }
    const typeOf = (id: string) => entities.get(id)?.type ?? known?.get(id);
    for (const [index, relationship] of file.relationships.entries()) {
      const entry = `relationships[${index}] (${relationship.type} ${relationship.from} → ${relationship.to})`;
      for (const problem of endTypeProblems(relationship, typeOf)) problems.push({ file: file.name, entry, ...problem });
    }
  }
  return entities;
}
