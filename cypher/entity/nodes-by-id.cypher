// Entities and sources by id: how global ids are resolved and how every node a request reaches is loaded,
// all of a request's ids in one statement.
UNWIND $ids AS id
CALL (id) {
  MATCH (node:Entity {id: id})
  RETURN node
  UNION
  MATCH (node:Source {id: id})
  RETURN node
}
RETURN node
