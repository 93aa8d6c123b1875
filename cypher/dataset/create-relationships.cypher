// Relationships new to the graph, as the import read them under its locks. Created rather than merged:
// MERGE on a relationship plans a scan of every relationship when Neo4j's statistics are those of an empty
// graph, which makes a first large import quadratic. One that appeared meanwhile is left alone, and the
// import, finding fewer written than it asked, rolls back.
UNWIND $relationships AS row
MATCH (from:Entity {id: row.from})
MATCH (to:Entity {id: row.to})
WITH from, to, row
WHERE NOT EXISTS { MATCH (:Entity {id: row.from})-[existing:$(row.type) {key: row.key}]->(:Entity {id: row.to}) }
CREATE (from)-[relationship:$(row.type)]->(to)
SET relationship = row.properties
RETURN count(*) AS written
