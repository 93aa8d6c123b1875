import { isDeepStrictEqual } from 'node:util';
import neo4j, { type Integer } from 'neo4j-driver';
import { plainProperties, toNumber } from '../db/values.ts';
import type { Entity, Relationship } from './format.ts';
import { entityProperties, relationshipProperties, sourceProperties, withoutNulls } from './properties.ts';
import { type Dataset, relationshipKey } from './validate.ts';

/*
 * What an import changes, worked out from the files and from what the graph holds now, before anything is
 * written: so the summary is exact, a dry run needs no rollback, and what is already as the files say is not
 * written at all (its revision stays).
 *
 * A source's file is the whole of what that source says. What the graph attributes to an imported source
 * and its file no longer states is withdrawn: the source's citation is taken off the entity or relationship,
 * and what is then cited by no source at all is deleted. Nothing is touched that no imported source states
 * or stated.
 */

/** Property values as the driver reads them (Neo4j integers and dates included). */
export type StoredProperties = Record<string, unknown>;

export interface StoredEntity {
  id: string;
  label: string;
  properties: StoredProperties;
  /** Each source's citation of the entity, by source id: `locators`, and the `aliases` that source gives. */
  citations: Map<string, StoredProperties>;
}

export interface StoredRelationship {
  type: string;
  from: string;
  to: string;
  properties: StoredProperties;
}

/** What the graph holds now of everything an import touches; relationships by their `key`. */
export interface StoredGraph {
  sources: Map<string, StoredProperties>;
  entities: Map<string, StoredEntity>;
  relationships: Map<string, StoredRelationship>;
}

export interface ImportCounts {
  /** New in the graph. */
  created: number;
  /** Already there, and changed: its properties, or what an imported source cites it for. */
  updated: number;
  /** Already there exactly as the files state it: not written. */
  unchanged: number;
  /** Stated by an imported source before, and by no imported file now: that source's citation removed. */
  withdrawn: number;
  /** Of the withdrawn, those cited by no source any more, and so deleted. */
  deleted: number;
}

export interface FileImportSummary {
  name: string;
  source: string;
  /** The entities the file lists, by what the import did to each, and those its source no longer cites. */
  entities: ImportCounts;
  relationships: ImportCounts;
}

export interface ImportSummary {
  /** True when nothing was written: the counts say what the import would have done. */
  dryRun: boolean;
  sources: ImportCounts;
  entities: ImportCounts;
  relationships: ImportCounts;
  files: FileImportSummary[];
}

interface RelationshipEnds {
  type: string;
  from: string;
  to: string;
  key: string;
}

/** The rows each write statement takes, in the order they are written. */
export interface ImportWrites {
  sources: { id: string; properties: StoredProperties }[];
  /** `revision` is the one read: the write leaves alone an entity changed since. */
  entities: { id: string; label: string; revision: Integer; properties: StoredProperties }[];
  citations: { entity: string; source: string; properties: StoredProperties }[];
  withdrawnCitations: { entity: string; source: string }[];
  newRelationships: (RelationshipEnds & { properties: StoredProperties })[];
  changedRelationships: (RelationshipEnds & { properties: StoredProperties })[];
  deletedRelationships: RelationshipEnds[];
  deletedEntities: string[];
}

export interface ImportPlan {
  writes: ImportWrites;
  /** False when the graph is already as the files say. */
  writesAnything: boolean;
  summary: Omit<ImportSummary, 'dryRun'>;
}

/** The graph changed between reading it and writing: nothing is written, and the import can be run again. */
export class ImportConflict extends Error {
  override name = 'ImportConflict';
}

type Outcome = 'created' | 'updated' | 'unchanged' | 'withdrawn' | 'deleted';

/** Everything needed to bring the graph to what the dataset's files state, and the summary of it. */
export function planImport(dataset: Dataset, stored: StoredGraph): ImportPlan {
  const writes: ImportWrites = {
    sources: [],
    entities: [],
    citations: [],
    withdrawnCitations: [],
    newRelationships: [],
    changedRelationships: [],
    deletedRelationships: [],
    deletedEntities: [],
  };
  const sourceIds = dataset.files.map((file) => file.source.id);
  const sources = planSources(dataset, stored, writes);
  const entities = planEntities(dataset, stored, sourceIds, writes);
  const relationships = planRelationships(dataset, stored, sourceIds, writes);

  const files = dataset.files.map((file) => {
    const source = file.source.id;
    const listed = (ids: string[], outcomes: Map<string, Outcome>, stillCited: string[]) => {
      const here = new Set(ids);
      const gone = stillCited.filter((id) => !here.has(id)).map((id) => (outcomes.get(id) === 'deleted' ? 'deleted' : 'withdrawn'));
      return tally([...here].map((id) => outcomes.get(id)!).concat(gone));
    };
    const citedEntities = [...stored.entities.values()].filter((entity) => entity.citations.has(source)).map((entity) => entity.id);
    const citedRelationships = [...stored.relationships].filter(([, relationship]) => sourcesOf(relationship).includes(source)).map(([key]) => key);
    return {
      name: file.name,
      source,
      entities: listed(file.entities.map((item) => item.id), entities, citedEntities),
      relationships: listed(file.relationships.map(relationshipKey), relationships, citedRelationships),
    };
  });

  return {
    writes,
    writesAnything: Object.values(writes).some((rows: unknown[]) => rows.length > 0),
    summary: { sources: tally([...sources.values()]), entities: tally([...entities.values()]), relationships: tally([...relationships.values()]), files },
  };
}

function planSources(dataset: Dataset, stored: StoredGraph, writes: ImportWrites): Map<string, Outcome> {
  const outcomes = new Map<string, Outcome>();
  for (const { source } of dataset.files) {
    const properties = { id: source.id, ...withoutNulls(sourceProperties(source)) };
    const before = stored.sources.get(source.id);
    const outcome = !before ? 'created' : sameProperties(before, properties) ? 'unchanged' : 'updated';
    if (outcome !== 'unchanged') writes.sources.push({ id: source.id, properties });
    outcomes.set(source.id, outcome);
  }
  return outcomes;
}

interface CitationStatement {
  locators: string[];
  aliases: string[];
}

function planEntities(dataset: Dataset, stored: StoredGraph, sourceIds: string[], writes: ImportWrites): Map<string, Outcome> {
  // Per entity, what each imported source now says of it; and the first full definition, in file order.
  const statements = new Map<string, Map<string, CitationStatement>>();
  const definitions = new Map<string, Entity>();
  for (const file of dataset.files) {
    for (const item of file.entities) {
      entryOf(statements, item.id, () => new Map()).set(file.source.id, { locators: item.cites.map(String), aliases: item.aliases });
      if ('type' in item && !definitions.has(item.id)) definitions.set(item.id, item);
    }
  }
  const citedBefore = [...stored.entities.values()].filter((entity) => sourceIds.some((source) => entity.citations.has(source)));

  const outcomes = new Map<string, Outcome>();
  for (const id of new Set([...statements.keys(), ...citedBefore.map((entity) => entity.id)])) {
    const before = stored.entities.get(id);
    const stated = statements.get(id) ?? new Map<string, CitationStatement>();
    const citationsBefore = before?.citations ?? new Map<string, StoredProperties>();
    const citations = new Map<string, StoredProperties>(citationsBefore);
    let citationsChanged = false;
    for (const source of sourceIds) {
      const old = citationsBefore.get(source);
      const now = stated.get(source);
      if (now) {
        const properties: StoredProperties = { ...now };
        citations.set(source, properties);
        if (old && sameProperties(old, properties)) continue;
        writes.citations.push({ entity: id, source, properties });
        citationsChanged = true;
      } else if (old) {
        citations.delete(source);
        writes.withdrawnCitations.push({ entity: id, source });
        citationsChanged = true;
      }
    }
    if (stated.size === 0 && citations.size === 0) {
      writes.deletedEntities.push(id);
      outcomes.set(id, 'deleted');
      continue;
    }

    const definition = definitions.get(id);
    if (!before && !definition) {
      throw new ImportConflict(`${id} was deleted from the graph while the import ran. Nothing was written; run the import again.`);
    }
    const label = definition?.type ?? before!.label;
    const properties = definition
      ? definedProperties(definition, citations, before)
      : mentionedProperties(before!, citationsBefore, stated, sourceIds);
    const changed = !before || before.label !== label || !sameProperties(withoutRevision(before.properties), properties) || citationsChanged;
    if (changed) writes.entities.push({ id, label, revision: neo4j.int(before ? revisionOf(before) : 0), properties });
    outcomes.set(id, !before ? 'created' : stated.size === 0 ? 'withdrawn' : changed ? 'updated' : 'unchanged');
  }
  return outcomes;
}

/**
 * A definition replaces the entity's properties. Its aliases are the definition's, then those every
 * source's citation gives (in order of source id), so a mention's spellings survive a re-import of the
 * defining file. A citation that does not record its aliases (one made through the API, or loaded before
 * citations kept them) may have given any the entity has: those are kept rather than lost.
 */
function definedProperties(definition: Entity, citations: Map<string, StoredProperties>, before: StoredEntity | undefined): StoredProperties {
  const given = [...citations].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, citation]) => aliasesOf(citation));
  const unrecorded = [...citations.values()].some((citation) => !Array.isArray(citation.aliases));
  const kept = unrecorded ? ((before?.properties.aliases ?? []) as string[]) : [];
  return { id: definition.id, ...withoutNulls(entityProperties({ ...definition, aliases: unique([...definition.aliases, ...given, ...kept]) })) };
}

/**
 * A mention leaves the entity's properties as they are, but for its aliases: those the imported sources
 * gave before and give no longer (and no other source gives) go, and those they give now are added.
 */
function mentionedProperties(
  before: StoredEntity,
  citationsBefore: Map<string, StoredProperties>,
  stated: Map<string, CitationStatement>,
  sourceIds: string[],
): StoredProperties {
  const givenNow = sourceIds.flatMap((source) => stated.get(source)?.aliases ?? []);
  const givenByOthers = new Set([...citationsBefore].filter(([source]) => !sourceIds.includes(source)).flatMap(([, citation]) => aliasesOf(citation)));
  const dropped = new Set(
    sourceIds.flatMap((source) => aliasesOf(citationsBefore.get(source))).filter((alias) => !givenNow.includes(alias) && !givenByOthers.has(alias)),
  );
  const properties = withoutRevision(before.properties);
  const aliases = unique([...((properties.aliases ?? []) as string[]).filter((alias) => !dropped.has(alias)), ...givenNow]);
  if (aliases.length > 0 || 'aliases' in properties) properties.aliases = aliases;
  return properties;
}

function planRelationships(dataset: Dataset, stored: StoredGraph, sourceIds: string[], writes: ImportWrites): Map<string, Outcome> {
  // Per relationship, the first statement of it (in file order), each imported source's citations, and the
  // notes the statements give.
  const statements = new Map<string, { relationship: Relationship; citations: Map<string, string[]>; notes: string[] }>();
  for (const file of dataset.files) {
    for (const relationship of file.relationships) {
      const statement = entryOf(statements, relationshipKey(relationship), () => ({ relationship, citations: new Map<string, string[]>(), notes: [] }));
      statement.citations.set(file.source.id, relationship.cites.map((cite) => `${file.source.id}#${cite}`));
      if (relationship.note) statement.notes.push(relationship.note);
    }
  }
  const citedBefore = [...stored.relationships].filter(([, relationship]) => sourcesOf(relationship).some((source) => sourceIds.includes(source)));

  const outcomes = new Map<string, Outcome>();
  for (const key of new Set([...statements.keys(), ...citedBefore.map(([key]) => key)])) {
    const before = stored.relationships.get(key);
    const stated = statements.get(key);
    const cited = new Map(sourceIds.map((source) => [source, stated?.citations.get(source) ?? []]));
    const citations = replaceBlocks(listOf(before?.properties.citations), cited, (citation) => citation.slice(0, citation.indexOf('#')));
    const sources = replaceBlocks(listOf(before?.properties.sources), new Map([...cited].map(([source, list]) => [source, list.length > 0 ? [source] : []])), (source) => source);
    const ends = stated
      ? { type: stated.relationship.type, from: stated.relationship.from, to: stated.relationship.to, key }
      : { type: before!.type, from: before!.from, to: before!.to, key };
    if (sources.length === 0) {
      writes.deletedRelationships.push(ends);
      outcomes.set(key, 'deleted');
      continue;
    }
    // One edge holds one note: the last an imported statement gives (in file order); else the one it has,
    // while a source outside the import still states it (that source may have given it).
    const statedOutside = sources.some((source) => !sourceIds.includes(source));
    const note = stated ? (stated.notes.at(-1) ?? (statedOutside ? before?.properties.note : undefined)) : before!.properties.note;
    const facts = stated ? relationshipProperties(stated.relationship) : before!.properties;
    const properties = withoutNulls({ ...facts, note, key, citations, sources });
    const changed = !before || !sameProperties(before.properties, properties);
    if (!before) writes.newRelationships.push({ ...ends, properties });
    else if (changed) writes.changedRelationships.push({ ...ends, properties });
    outcomes.set(key, !before ? 'created' : !stated ? 'withdrawn' : changed ? 'updated' : 'unchanged');
  }
  return outcomes;
}

/**
 * A list whose items each belong to a source (`source/x#3`), with the imported sources' items replaced by
 * `replacements`: in place, where the source had items before, so a source re-imported keeps its rank;
 * otherwise appended, in the order of the files.
 */
function replaceBlocks(list: string[], replacements: Map<string, string[]>, ownerOf: (item: string) => string): string[] {
  const result: string[] = [];
  const placed = new Set<string>();
  for (const item of list) {
    const owner = ownerOf(item);
    const replacement = replacements.get(owner);
    if (!replacement) result.push(item);
    else if (!placed.has(owner)) {
      result.push(...replacement);
      placed.add(owner);
    }
  }
  for (const [owner, replacement] of replacements) if (!placed.has(owner)) result.push(...replacement);
  return result;
}

function tally(outcomes: Outcome[]): ImportCounts {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0, withdrawn: 0, deleted: 0 };
  for (const outcome of outcomes) {
    if (outcome === 'deleted') counts.withdrawn += 1;
    counts[outcome] += 1;
  }
  return counts;
}

/** Compared as stored: Neo4j leaves out null properties, and reads integers and dates back as its own types. */
function sameProperties(stored: StoredProperties, next: StoredProperties): boolean {
  return isDeepStrictEqual(plainProperties(withoutNulls(stored)), plainProperties(withoutNulls(next)));
}

function withoutRevision({ revision: _revision, ...properties }: StoredProperties): StoredProperties {
  return properties;
}

function revisionOf(entity: StoredEntity): number {
  const revision = entity.properties.revision as Integer | number | undefined;
  return revision === undefined ? 0 : toNumber(revision);
}

function aliasesOf(citation: StoredProperties | undefined): string[] {
  return (citation?.aliases ?? []) as string[];
}

function sourcesOf(relationship: StoredRelationship): string[] {
  return listOf(relationship.properties.sources);
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? (value as string[]) : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function entryOf<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** One line: `3 created, 1 updated, 2 unchanged, 1 withdrawn (1 deleted)`. */
export function describeCounts({ created, updated, unchanged, withdrawn, deleted }: ImportCounts): string {
  return `${created} created, ${updated} updated, ${unchanged} unchanged, ${withdrawn} withdrawn (${deleted} deleted)`;
}

/** The summary as lines of text, for the import and seed scripts. */
export function describeSummary(summary: ImportSummary): string[] {
  const heading = summary.dryRun
    ? `Dry run: nothing was written. Importing ${summary.files.length} file(s) would leave:`
    : `Imported ${summary.files.length} file(s) in one transaction:`;
  return [
    heading,
    `  sources:       ${describeCounts(summary.sources)}`,
    `  entities:      ${describeCounts(summary.entities)}`,
    `  relationships: ${describeCounts(summary.relationships)}`,
    ...summary.files.flatMap((file) => [
      `  ${file.name} (${file.source})`,
      `    entities:      ${describeCounts(file.entities)}`,
      `    relationships: ${describeCounts(file.relationships)}`,
    ]),
  ];
}
