// The relationships an import touches, as stored now: those its files state, and those its sources are
// cited for (which the files may no longer state).
CALL () {
  UNWIND $relationships AS row
  MATCH (from:Entity {id: row.from})-[relationship:$(row.type) {key: row.key}]->(to:Entity {id: row.to})
  RETURN from, relationship, to
  UNION
  MATCH (from:Entity)-[relationship]->(to:Entity)
  WHERE any(sourceId IN relationship.sources WHERE sourceId IN $sourceIds)
  RETURN from, relationship, to
}
RETURN from.id AS from, type(relationship) AS type, to.id AS to, properties(relationship) AS properties
