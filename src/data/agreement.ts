import type { Node } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, toGraphNode } from '../db/values.ts';
import { type Connection, type PageArguments, pageInService } from './page.ts';

const agreementsSignedAtEventsAttendedBy = cypher('agreement/agreements-signed-at-events-attended-by');

export interface AgreementAtEvents {
  node: GraphNode;
  /** Ids of the attended events it was signed at (or at a part of), earliest first. */
  events: string[];
}

/** Agreements signed at events `attendee` attended, or at their parts, earliest signed first. */
export async function getAgreementsSignedAtEventsAttendedBy(
  db: Database,
  attendee: string,
  args: PageArguments,
): Promise<Connection<AgreementAtEvents>> {
  const rows = await db.read<{ agreement: Node; events: string[] }>(agreementsSignedAtEventsAttendedBy, { attendee });
  const positioned = rows.map(({ agreement, events }) => {
    const node = toGraphNode(agreement);
    return { node, events, position: [String(node.properties.dateFrom ?? ''), String(node.properties.title).toLowerCase(), node.id] };
  });
  return pageInService(args, 'DATE', positioned);
}
