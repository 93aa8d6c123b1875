// One node per id: every domain node carries the Entity label; sources are nodes of their own.
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (entity:Entity) REQUIRE entity.id IS UNIQUE;

CREATE CONSTRAINT source_id_unique IF NOT EXISTS
FOR (source:Source) REQUIRE source.id IS UNIQUE;

// Search across all entities and sources by name, any alias or spelling, title or description.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (node:Entity|Source) ON EACH [node.name, node.aliases, node.title, node.description];
