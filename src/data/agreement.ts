import type { Integer } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { toNumberOrNull } from '../db/values.ts';

const agreementsSignedAtEvent = cypher('agreement/agreements-signed-at-event');
const commoditiesCoveredByAgreement = cypher('agreement/commodities-covered-by-agreement');

export interface SignedAgreement {
  id: string;
  title: string;
  kind: string;
  valueAmount: number | null;
  valueCurrency: string | null;
  valueBound: string | null;
  documentCount: number | null;
}

export async function getAgreementsSignedAt(db: Database, eventId: string): Promise<SignedAgreement[]> {
  const rows = await db.read<Omit<SignedAgreement, 'documentCount'> & { documentCount: Integer | null }>(
    agreementsSignedAtEvent,
    { eventId },
  );
  return rows.map((row) => ({ ...row, documentCount: toNumberOrNull(row.documentCount) }));
}

export interface CoveredCommodity {
  id: string;
  name: string;
  hsCodes: string[];
}

export function getCommoditiesCovered(db: Database, agreementId: string): Promise<CoveredCommodity[]> {
  return db.read<CoveredCommodity>(commoditiesCoveredByAgreement, { agreementId });
}
