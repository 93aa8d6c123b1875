// Deletes an entity with its relationships and citations, and the exports that name it as their partner.
MATCH (entity:Entity {id: $id})
OPTIONAL MATCH ()-[export:EXPORTS {partner: entity.id}]->()
DELETE export
WITH DISTINCT entity
DETACH DELETE entity
