// Relationships changed: properties replaced as a whole (`properties` carries the key, the citations and
// the sources). `key` tells apart two of one type between the same two nodes.
UNWIND $relationships AS row
MATCH (:Entity {id: row.from})-[relationship:$(row.type) {key: row.key}]->(:Entity {id: row.to})
SET relationship = row.properties
RETURN count(*) AS written
