// Entities linked to the one about to be deleted: by a relationship either way, or as the partner of an
// export. `total` counts them all; the rows stop at $limit.
MATCH (entity:Entity {id: $id})
CALL (entity) {
  MATCH (entity)-[relationship]-(other:Entity)
  RETURN type(relationship) AS type, startNode(relationship) = entity AS outgoing, other
  UNION ALL
  MATCH (other:Entity)-[relationship:EXPORTS {partner: entity.id}]->(:Entity)
  RETURN 'EXPORTS' AS type, false AS outgoing, other
}
WITH type, outgoing, other
ORDER BY type, other.id
WITH collect({type: type, outgoing: outgoing, other: other}) AS dependants
UNWIND dependants[0..$limit] AS dependant
RETURN dependant.type AS type, dependant.outgoing AS outgoing, dependant.other AS other, size(dependants) AS total
