MATCH (entity:Entity {id: $id})
RETURN [label IN labels(entity) WHERE label <> 'Entity'][0] AS type, properties(entity) AS properties
