// A new entity, at its first revision. Fails on an id already taken (the constraint entity_id_unique).
CREATE (entity:Entity {id: $id})
SET entity:$($label), entity += $properties, entity.revision = 1
