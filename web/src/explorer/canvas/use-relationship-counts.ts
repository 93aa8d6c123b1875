import { useEffect, useRef, useState } from 'react';
import { describeFailure, request } from '../../api/client.ts';
import { RelationshipCountsOfDocument } from '../../api/generated.ts';
import type { RelationshipType } from '../model/types.ts';
import type { RelationshipCounts } from './NodeActions.tsx';

/**
 * How many relationships of each type the entity has in the whole graph, both directions together (an
 * expansion follows a type either way), most first: the "expand by type" menu. Kept per entity for the session.
 */
export function useRelationshipCounts(id: string | null): RelationshipCounts {
  const cache = useRef(new Map<string, RelationshipCounts>());
  const [counts, setCounts] = useState<RelationshipCounts>({ status: 'loading' });
  useEffect(() => {
    if (id === null) return;
    const known = cache.current.get(id);
    if (known) {
      setCounts(known);
      return;
    }
    const controller = new AbortController();
    setCounts({ status: 'loading' });
    request(RelationshipCountsOfDocument, { id }, { signal: controller.signal }).then(
      (data) => {
        const byType = new Map<RelationshipType, number>();
        const rows = data.node && 'relationshipCounts' in data.node ? data.node.relationshipCounts : [];
        for (const { type, count } of rows) byType.set(type, (byType.get(type) ?? 0) + count);
        const done: RelationshipCounts = {
          status: 'done',
          counts: [...byType].map(([type, count]) => ({ type, count })).sort((a, b) => b.count - a.count),
        };
        cache.current.set(id, done);
        setCounts(done);
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setCounts({ status: 'error', message: describeFailure(error) });
      },
    );
    return () => controller.abort();
  }, [id]);
  return counts;
}
