import type { Integer } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database, QueryInTransaction, RunInTransaction } from '../db/database.ts';
import { toNumberOrNull } from '../db/values.ts';
import { source as sourceSchema, type Source } from '../dataset/format.ts';
import { sourceProperties } from '../dataset/properties.ts';
import { type InputProblem, problemsFromIssues } from './input-problems.ts';

/*
 * What a write rests on: every change to the graph names its source (one already cited, or a new one)
 * and where in it the fact is stated. A write without this is refused; the schema makes it required.
 */

const sourceToCite = cypher('editing/source-to-cite');
const createSource = cypher('editing/create-source');

export interface NewSourceInput {
  key: string;
  kind: 'article' | 'reference';
  title: string;
  publisher: string;
  url?: string | null | undefined;
  published?: Record<string, unknown> | null | undefined;
  paragraphs?: number | null | undefined;
  note?: string | null | undefined;
}

export interface ProvenanceInput {
  /** An existing source's key (a global id is decoded to its key by the schema), or a new source. */
  source: { key?: string | null | undefined; new?: NewSourceInput | null | undefined };
  paragraphs?: readonly number[] | null | undefined;
  sections?: readonly string[] | null | undefined;
  quote?: string | null | undefined;
}

/** A citation ready to write: the source (to be created first when new) and the places in it. */
export interface Citation {
  sourceId: string;
  locators: string[];
  newSource?: Source;
  paragraphs: readonly number[];
  sections: readonly string[];
}

const FIELD = 'provenance';
const MAX_QUOTE = 500;
const MAX_SECTION = 200;

/** Checks what can be checked without the graph; problems go to `problems`. */
export function checkProvenance(input: ProvenanceInput, problems: InputProblem[]): Citation | undefined {
  const before = problems.length;
  const paragraphs = input.paragraphs ?? [];
  const sections = input.sections ?? [];
  const quote = input.quote ?? undefined;
  if (paragraphs.length + sections.length === 0 && quote === undefined) {
    problems.push({ field: [FIELD], message: 'cite at least one paragraph, section or quote', code: 'REQUIRED' });
  }
  paragraphs.forEach((paragraph, index) => {
    if (!Number.isInteger(paragraph) || paragraph < 1) problems.push({ field: [FIELD, 'paragraphs', String(index)], message: 'must be a paragraph number, from 1', code: 'INVALID' });
  });
  sections.forEach((section, index) => {
    if (section.trim() === '' || section.length > MAX_SECTION) problems.push({ field: [FIELD, 'sections', String(index)], message: `must be a section name of 1 to ${MAX_SECTION} characters`, code: 'INVALID' });
  });
  if (quote !== undefined && (quote.trim() === '' || quote.length > MAX_QUOTE)) {
    problems.push({ field: [FIELD, 'quote'], message: `must be 1 to ${MAX_QUOTE} characters`, code: 'INVALID' });
  }
  const newSource = input.source.new ? checkNewSource(input.source.new, problems) : undefined;
  const sourceId = newSource?.id ?? input.source.key;
  if (problems.length > before || !sourceId) return undefined;
  const locators = [...paragraphs.map(String), ...sections, ...(quote === undefined ? [] : [`“${quote}”`])];
  return { sourceId, locators, paragraphs, sections, ...(newSource ? { newSource } : {}) };
}

function checkNewSource(input: NewSourceInput, problems: InputProblem[]): Source | undefined {
  const field = [FIELD, 'source', 'new'];
  const { key, ...rest } = input;
  const candidate = Object.fromEntries(Object.entries({ id: key, ...rest }).filter(([, value]) => value != null));
  const parsed = sourceSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const problem of problemsFromIssues(parsed.error.issues, field, candidate)) {
      problems.push({ ...problem, field: problem.field.map((part) => (part === 'id' ? 'key' : part)) });
    }
    return undefined;
  }
  // Curated files point at their seed file; a source added through the API must say where it can be read,
  // and how many paragraphs it has, so its paragraph numbers can be checked.
  if (parsed.data.kind === 'article' && !parsed.data.url) problems.push({ field: [...field, 'url'], message: 'an article needs the address it can be read at', code: 'REQUIRED' });
  if (parsed.data.kind === 'article' && !parsed.data.paragraphs) problems.push({ field: [...field, 'paragraphs'], message: 'an article needs its paragraph count', code: 'REQUIRED' });
  return parsed.data;
}

/**
 * Checks the citation against its source in the graph (the source exists, or a new one does not yet;
 * the paragraphs exist and are not skipped; articles are cited by paragraph, reference works by section).
 */
export async function checkCitationInGraph(query: QueryInTransaction, citation: Citation, problems: InputProblem[]): Promise<void> {
  const [stored] = await query<{ kind: string; paragraphs: Integer | null; skipped: Integer[] | null }>(sourceToCite, { id: citation.sourceId });
  if (citation.newSource) {
    if (stored) problems.push({ field: [FIELD, 'source', 'new', 'key'], message: `${citation.sourceId} is already a source: cite it by its key`, code: 'ALREADY_EXISTS' });
  } else if (!stored) {
    problems.push({ field: [FIELD, 'source'], message: `no source has the key ${citation.sourceId}`, code: 'NOT_FOUND' });
    return;
  }
  const kind = citation.newSource?.kind ?? stored!.kind;
  const count = citation.newSource ? (citation.newSource.paragraphs ?? null) : toNumberOrNull(stored!.paragraphs);
  const skipped = new Set((stored?.skipped ?? []).map((paragraph) => toNumberOrNull(paragraph)));
  if (kind === 'reference' && citation.paragraphs.length > 0) problems.push({ field: [FIELD, 'paragraphs'], message: 'a reference work is cited by section, not paragraph number', code: 'NOT_ALLOWED' });
  if (kind === 'article' && citation.sections.length > 0) problems.push({ field: [FIELD, 'sections'], message: 'an article is cited by paragraph number, not section', code: 'NOT_ALLOWED' });
  citation.paragraphs.forEach((paragraph, index) => {
    const field = [FIELD, 'paragraphs', String(index)];
    if (count !== null && paragraph > count) problems.push({ field, message: `paragraph ${paragraph} does not exist: the article has ${count}`, code: 'INVALID' });
    if (skipped.has(paragraph)) problems.push({ field, message: `paragraph ${paragraph} says nothing of the relationship (it is listed as skipped)`, code: 'INVALID' });
  });
}

/**
 * The citation, checked on its own and against the graph, before the write begins: sources are never
 * deleted, and a new one taken meanwhile is caught by its unique id.
 */
export async function checkedCitation(db: Database, provenance: ProvenanceInput, problems: InputProblem[]): Promise<Citation | undefined> {
  const citation = checkProvenance(provenance, problems);
  if (!citation) return undefined;
  const before = problems.length;
  await checkCitationInGraph((statement, parameters) => db.read(statement, parameters), citation, problems);
  return problems.length === before ? citation : undefined;
}

/** Creates the citation's source when it is a new one; run after every check has passed. */
export async function writeCitedSource(run: RunInTransaction, citation: Citation): Promise<void> {
  if (citation.newSource) await run(createSource, { id: citation.sourceId, properties: sourceProperties(citation.newSource) });
}

/** How a relationship stores its citations: `source/x#3`, one per place in the source. */
export function relationshipCitations(citation: Citation): string[] {
  return citation.locators.map((locator) => `${citation.sourceId}#${locator}`);
}
