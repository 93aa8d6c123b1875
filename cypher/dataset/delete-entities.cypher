// Entities no source is cited for any more. Their relationships went first, withdrawn with the citations
// that stated them; DETACH covers any stated by no source at all.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
WHERE NOT (entity)-[:CITED_IN]->(:Source)
DETACH DELETE entity
RETURN count(*) AS written
