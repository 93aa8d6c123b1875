// An edited entity's properties, replaced as a whole: what the edit removed is gone, the rest rewritten.
// `$properties` carries the id and the next revision.
MATCH (entity:Entity {id: $id})
SET entity = $properties
