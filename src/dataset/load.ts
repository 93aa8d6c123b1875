import type { Integer } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { toNumber } from '../db/values.ts';
import { entityProperties, relationshipProperties, sourceProperties } from './properties.ts';
import { type Dataset, readDatasetFolder, relationshipKey, validateDataset } from './validate.ts';

const mergeSource = cypher('dataset/merge-source');
const mergeEntities = cypher('dataset/merge-entities-cited-by-source');
const mergeRelationships = cypher('dataset/merge-relationships');
const countSources = cypher('dataset/count-sources');

export interface FileLoadSummary {
  file: string;
  nodesCreated: number;
  relationshipsCreated: number;
}

/** Validates every file of the folder first; writes nothing unless all of them are valid. */
export async function loadDatasetFolder(db: Database, folder: string): Promise<FileLoadSummary[]> {
  return loadDataset(db, validateDataset(await readDatasetFolder(folder)));
}

/**
 * Writes a validated dataset, one transaction per file, with MERGE on ids: loading it again changes nothing.
 * Each file writes its entities in full (as the whole dataset defines them, aliases from every file
 * included), so the files can be loaded in any order and each leaves a consistent graph.
 */
export async function loadDataset(db: Database, dataset: Dataset): Promise<FileLoadSummary[]> {
  const summaries: FileLoadSummary[] = [];
  for (const file of dataset.files) {
    const sourceId = file.source.id;
    const entities = file.entities.map((item) => {
      const entity = dataset.entities.get(item.id)!;
      return { id: item.id, label: entity.type, properties: entityProperties(entity), locators: item.cites.map(String) };
    });
    const relationships = file.relationships.map((relationship) => ({
      from: relationship.from,
      to: relationship.to,
      type: relationship.type,
      key: relationshipKey(relationship),
      properties: relationshipProperties(relationship),
      citations: relationship.cites.map((cite) => `${sourceId}#${cite}`),
    }));
    const counters = await db.inWriteTransaction(async (run) => [
      await run(mergeSource, { source: { id: sourceId, properties: sourceProperties(file.source) } }),
      await run(mergeEntities, { sourceId, entities }),
      await run(mergeRelationships, { sourceId, relationships }),
    ]);
    const total = (key: string) => counters.reduce((sum, counter) => sum + (counter[key] ?? 0), 0);
    summaries.push({
      file: file.name,
      nodesCreated: total('nodesCreated'),
      relationshipsCreated: total('relationshipsCreated'),
    });
  }
  return summaries;
}

export async function hasSources(db: Database): Promise<boolean> {
  const [row] = await db.read<{ sources: Integer }>(countSources);
  return row !== undefined && toNumber(row.sources) > 0;
}
