// The entities one entity is linked to by relationships of one type, in either direction, with the
// relationship's own properties (role, post, citations, ...).
MATCH (:Entity {id: $id})-[relationship]-(other:Entity)
WHERE type(relationship) = $type
  AND ($direction = 'both'
       OR ($direction = 'out' AND startNode(relationship).id = $id)
       OR ($direction = 'in' AND endNode(relationship).id = $id))
RETURN other.id AS id, properties(relationship) AS properties
ORDER BY id
