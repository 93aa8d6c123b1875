// How many nodes of each kind the graph holds, and relationships of each type between them.
CALL () {
  MATCH (node) WHERE node:Entity OR node:Source
  UNWIND [label IN labels(node) WHERE label <> 'Entity'] AS kind
  RETURN kind, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[relationship]->(:Entity|Source)
  RETURN type(relationship) AS kind, count(*) AS count
}
RETURN kind, count
ORDER BY kind
