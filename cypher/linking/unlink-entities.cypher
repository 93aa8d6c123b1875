// Removes relationships of a type from one entity to another: the one with this post or attestation date
// when given, and with $source only that source's word for it. A relationship no source states any more
// is deleted; one that other sources still state stays, without this source's citations.
MATCH (:Entity {id: $from})-[relationship:$($type)]->(:Entity {id: $to})
WHERE ($post IS NULL OR relationship.post = $post)
  AND ($asOf IS NULL OR relationship.asOf = $asOf)
  AND ($source IS NULL OR $source IN relationship.sources)
WITH relationship, [source IN relationship.sources WHERE $source IS NOT NULL AND source <> $source] AS remaining
WITH relationship, remaining, size(remaining) > 0 AS kept
FOREACH (_ IN CASE WHEN kept THEN [1] ELSE [] END |
  SET relationship.sources = remaining,
      relationship.citations = [citation IN relationship.citations WHERE NOT citation STARTS WITH $source + '#'])
FOREACH (_ IN CASE WHEN kept THEN [] ELSE [1] END | DELETE relationship)
RETURN count(*) AS matched, sum(CASE WHEN kept THEN 1 ELSE 0 END) AS withdrawn
