// Facts without provenance: nodes of the graph that cite no source. Should be none.
MATCH (entity:Entity)
WHERE NOT (entity)-[:CITED_IN]->(:Source)
RETURN entity.id AS id
ORDER BY id
