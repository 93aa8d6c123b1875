// The types of the entities a dataset mentions without defining, so its relationships can be checked
// against them. An id the graph does not have returns no row.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
RETURN entity.id AS id, [label IN labels(entity) WHERE label <> 'Entity'][0] AS type
