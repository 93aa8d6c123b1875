// A relationship stated by a source: created the first time, and the source's citations added to it after.
// `key` tells apart two of one type between the same nodes (two posts held in one body). Setting a
// property of `from` first takes its lock, so two links of the same relationship at once make one, not two.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
SET from.lockedForWrite = true
MERGE (from)-[relationship:$($type) {key: $key}]->(to)
WITH from, relationship, relationship.sources IS NULL AS created
SET relationship += $properties,
    relationship.citations = reduce(all = coalesce(relationship.citations, []), citation IN $citations |
      CASE WHEN citation IN all THEN all ELSE all + citation END),
    relationship.sources = CASE WHEN $sourceId IN coalesce(relationship.sources, []) THEN relationship.sources
      ELSE coalesce(relationship.sources, []) + $sourceId END
REMOVE from.lockedForWrite
RETURN relationship, created
