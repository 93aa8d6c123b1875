// The entities an import touches, as stored now: those its files list, and those its sources are cited for
// (which the files may no longer list), each with every citation it has, from any source.
CALL () {
  UNWIND $ids AS id
  MATCH (entity:Entity {id: id})
  RETURN entity
  UNION
  UNWIND $sourceIds AS sourceId
  MATCH (entity:Entity)-[:CITED_IN]->(:Source {id: sourceId})
  RETURN entity
}
RETURN entity.id AS id,
       [label IN labels(entity) WHERE label <> 'Entity'][0] AS label,
       properties(entity) AS properties,
       COLLECT {
         MATCH (entity)-[citation:CITED_IN]->(source:Source)
         RETURN {source: source.id, properties: properties(citation)} AS citation
         ORDER BY source.id
       } AS citations
