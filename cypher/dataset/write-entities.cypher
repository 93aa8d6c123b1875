// Entities new or changed: properties replaced as a whole (`properties` carries the id), the revision one
// up. An entity whose revision is no longer the one the import read was changed meanwhile: it is left
// alone, and the import, finding it unwritten, rolls back.
UNWIND $entities AS row
MERGE (entity:Entity {id: row.id})
WITH entity, row
WHERE coalesce(entity.revision, 0) = row.revision
SET entity:$(row.label)
SET entity = row.properties
SET entity.revision = row.revision + 1
RETURN count(*) AS written
