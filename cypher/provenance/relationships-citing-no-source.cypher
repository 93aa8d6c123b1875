// Relationships between entities whose citations are missing or name a source that is not in the graph.
MATCH (from:Entity)-[relationship]->(to:Entity)
WHERE size(coalesce(relationship.citations, [])) = 0
   OR size(coalesce(relationship.sources, [])) = 0
   OR any(sourceId IN relationship.sources WHERE NOT EXISTS { MATCH (:Source {id: sourceId}) })
RETURN from.id AS from, type(relationship) AS type, to.id AS to
ORDER BY from, type, to
