import type { Node } from 'neo4j-driver';
import { cypher } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';
import { type GraphNode, toGraphNode } from '../db/values.ts';
import { dayRange } from './entity.ts';
import { type Connection, type PageArguments, pageInService } from './page.ts';

const commoditiesCoveredByAgreements = cypher('commodity/commodities-covered-by-agreements');

export interface CoveredCommodity {
  node: GraphNode;
  /** Ids of the agreements that cover it, earliest first. */
  agreements: string[];
}

export interface CoverageFilter {
  country: string | null;
  event: string | null;
  from?: string | null | undefined;
  to?: string | null | undefined;
}

/** Commodities that agreements cover, by name, each with the agreements that pass the filter. */
export async function getCommoditiesCoveredByAgreements(
  db: Database,
  filter: CoverageFilter,
  args: PageArguments,
): Promise<Connection<CoveredCommodity>> {
  const rows = await db.read<{ commodity: Node; agreements: string[] }>(commoditiesCoveredByAgreements, {
    country: filter.country,
    event: filter.event,
    ...dayRange(filter.from, filter.to),
  });
  const positioned = rows.map(({ commodity, agreements }) => {
    const node = toGraphNode(commodity);
    return { node, agreements, position: [String(node.properties.name).toLowerCase(), node.id] };
  });
  return pageInService(args, 'NAME', positioned);
}
