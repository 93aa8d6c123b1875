// Relationships between entities. `key` tells apart two of one type between the same two nodes (a person
// holding two posts in one organisation); citations from every source that states one accumulate on it.
UNWIND $relationships AS row
MATCH (from:Entity {id: row.from}), (to:Entity {id: row.to})
MERGE (from)-[relationship:$(row.type) {key: row.key}]->(to)
SET relationship += row.properties,
    relationship.citations = reduce(all = coalesce(relationship.citations, []), citation IN row.citations |
      CASE WHEN citation IN all THEN all ELSE all + citation END),
    relationship.sources = reduce(all = coalesce(relationship.sources, []), source IN [$sourceId] |
      CASE WHEN source IN all THEN all ELSE all + source END)
