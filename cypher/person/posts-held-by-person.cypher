// The posts a person held, where, and the date each source attests it.
MATCH (:Person {id: $personId})-[held:HELD_POST]->(body:Entity)
RETURN held.post AS post, body.id AS bodyId, held.asOf AS asOf, held.sources AS sources
ORDER BY asOf, post
