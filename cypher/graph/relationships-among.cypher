// Every relationship between two of the given entities (never a citation of a source): the edges among
// nodes a client already holds, as when it restores a saved view. Each entity comes as its id and the type
// its global id named; one that is not there, or not of that type, is left out. At most 500 entities.
UNWIND $entities AS named
MATCH (node:Entity {id: named.id})
WHERE named.label IN labels(node)
WITH collect(node) AS kept
UNWIND kept AS node
MATCH (node)-[link]->(other:Entity)
WHERE other IN kept AND type(link) <> 'CITED_IN'
RETURN link, node.id AS from, other.id AS to
ORDER BY from, type(link), to, link.key
