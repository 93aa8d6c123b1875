// Relationships no source states any more.
UNWIND $relationships AS row
MATCH (:Entity {id: row.from})-[relationship:$(row.type) {key: row.key}]->(:Entity {id: row.to})
DELETE relationship
RETURN count(*) AS written
