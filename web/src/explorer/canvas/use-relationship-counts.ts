import { useEffect, useRef, useState } from 'react';
import { describeFailure } from '../../api/client.ts';
import type { RelationshipType } from '../model/types.ts';
import { fetchEntityInContext } from './fetch.ts';
import type { RelationshipCounts } from './NodeActions.tsx';

/** How many relationships of each type the entity has in the whole graph, for the "expand by type" menu. */
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
    fetchEntityInContext({ id }, controller.signal).then(
      (answer) => {
        const byType = new Map<RelationshipType, number>();
        for (const edge of answer?.edges ?? []) byType.set(edge.type, (byType.get(edge.type) ?? 0) + 1);
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
