// How many relationships of each type join each entity to other entities, outgoing and incoming counted
// apart; citations of sources (CITED_IN) are not relationships between entities. All of a request's
// entities in one statement; an entity with no relationships has no rows.
UNWIND $ids AS id
MATCH (entity:Entity {id: id})-[link]-(other:Entity)
WHERE type(link) <> 'CITED_IN' AND other <> entity
RETURN id, type(link) AS type, startNode(link) = entity AS outgoing, count(link) AS count
ORDER BY id, type, outgoing DESC
