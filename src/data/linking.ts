import type { Integer, Relationship as Neo4jRelationship } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphRelationship, toGraphRelationship, toNumber } from '../db/values.ts';
import { type EntityType, relationship as relationshipSchema, type Relationship, type RelationshipType } from '../dataset/format.ts';
import { relationshipProperties, withoutNulls } from '../dataset/properties.ts';
import { endTypeProblems, factProblems } from '../dataset/relationship-rules.ts';
import { relationshipKey } from '../dataset/validate.ts';
import { checkedCitation, type ProvenanceInput, relationshipCitations, writeCitedSource } from './citing.ts';
import { type InputProblem, outcomeOfRejection, problemsFromIssues, type WriteOutcome, WriteRejected } from './input-problems.ts';

/*
 * Linking entities and unlinking them. A link is a relationship as a curated file states it, checked by
 * the same rules and cited the same way: stating one that exists adds the source to it. Unlinking removes
 * it, or withdraws one source's word for it and removes it only when no source is left.
 */

const entityTypesById = cypher('dataset/entity-types-by-id');
const linkStatement = cypher('linking/link-entities');
const unlinkStatement = cypher('linking/unlink-entities');

/** The facts a relationship can carry, as the dataset format names them; null or absent means none. */
export type LinkFacts = Partial<Record<'role' | 'post' | 'partner' | 'status' | 'note', string | null | undefined>> &
  Partial<Record<'asOf' | 'since' | 'until', Record<string, unknown> | null | undefined>>;

export interface Link {
  relationship: GraphRelationship;
  /** False when the relationship was there already and the source was added to it. */
  created: boolean;
}

export async function linkEntities(
  db: Database,
  input: { type: RelationshipType; from: string; to: string; facts: LinkFacts; provenance: ProvenanceInput },
): Promise<WriteOutcome<Link>> {
  const problems: InputProblem[] = [];
  const candidate = { type: input.type, from: input.from, to: input.to, cites: [1], ...withoutNulls(input.facts) };
  const parsed = relationshipSchema.safeParse(candidate);
  if (!parsed.success) problems.push(...problemsFromIssues(parsed.error.issues, [], candidate));
  const citation = await checkedCitation(db, input.provenance, problems);
  if (parsed.success) problems.push(...(await ruleProblems(db, parsed.data)));
  if (problems.length > 0 || !parsed.success || !citation) return { problems };

  const relationship = parsed.data;
  return db
    .inWriteTransaction(async (run, query) => {
      await writeCitedSource(run, citation);
      const [row] = await query<{ relationship: Neo4jRelationship; created: boolean }>(linkStatement, {
        from: relationship.from,
        to: relationship.to,
        type: relationship.type,
        key: relationshipKey(relationship),
        // Facts left out keep what another source gave; they are never erased by a link.
        properties: withoutNulls(relationshipProperties(relationship)),
        sourceId: citation.sourceId,
        citations: relationshipCitations(citation),
      });
      // Both ends were there when checked; one deleted since leaves nothing to link, and nothing is written.
      if (!row) throw new WriteRejected([{ field: [], message: `${relationship.from} or ${relationship.to} is no longer in the graph`, code: 'NOT_FOUND' }]);
      const link = { relationship: toGraphRelationship(row.relationship, { from: relationship.from, to: relationship.to }), created: row.created };
      return { result: link, problems: [] };
    })
    .catch((error: unknown) => outcomeOfRejection<Link>(error));
}

/** Ends (and an export's partner) that are missing, or of types the relationship does not join. */
async function ruleProblems(db: Database, relationship: Relationship): Promise<InputProblem[]> {
  const named = { from: relationship.from, to: relationship.to, ...(relationship.partner ? { partner: relationship.partner } : {}) };
  const rows = await db.read<{ id: string; type: EntityType }>(entityTypesById, { ids: Object.values(named) });
  const types = new Map(rows.map((row) => [row.id, row.type]));
  const missing: InputProblem[] = Object.entries(named)
    .filter(([, id]) => !types.has(id))
    .map(([field, id]) => ({ field: [field], message: `${id} is not in the graph`, code: 'NOT_FOUND' }));
  const broken: InputProblem[] = [...factProblems(relationship), ...endTypeProblems(relationship, (id) => types.get(id))].map((problem) => ({
    field: [problem.field],
    message: problem.message,
    code: 'NOT_ALLOWED',
  }));
  return [...missing, ...broken];
}

export interface Unlinking {
  /** Relationships deleted. */
  removed: number;
  /** Relationships that lost the given source's citations but stay, stated by other sources. */
  withdrawn: number;
}

/**
 * Removes the relationships of a type from one entity to another (only the one with this post, or attested
 * on this date, when given). With `source`, only that source's word is withdrawn.
 */
export async function unlinkEntities(
  db: Database,
  input: { type: RelationshipType; from: string; to: string; post?: string | null | undefined; asOf?: string | null | undefined; source?: string | null | undefined },
): Promise<WriteOutcome<Unlinking>> {
  const [row] = await db.write<{ matched: Integer; withdrawn: Integer }>(unlinkStatement, {
    type: input.type,
    from: input.from,
    to: input.to,
    post: input.post ?? null,
    asOf: input.asOf ?? null,
    source: input.source ?? null,
  });
  const matched = row ? toNumber(row.matched) : 0;
  if (matched === 0) {
    const stated = input.source ? ` stated by ${input.source}` : '';
    return { problems: [{ field: [], message: `there is no ${input.type} from ${input.from} to ${input.to}${stated} to remove`, code: 'NOT_FOUND' }] };
  }
  const withdrawn = toNumber(row!.withdrawn);
  return { result: { removed: matched - withdrawn, withdrawn }, problems: [] };
}
