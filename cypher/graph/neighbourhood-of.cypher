// The subgraph around an entity: the entities within $depth steps (nearest first, at most $limit of
// them), found along the domain's relationships (never through sources) with $follow and $avoid as for
// paths, and every such relationship between the entities found. The pattern's bound (3) is the API's
// hard limit on depth.
MATCH (centre:Entity {id: $id})
OPTIONAL MATCH path = ANY SHORTEST (centre)-[links WHERE type(links) <> 'CITED_IN'
                                              AND ($follow IS NULL OR type(links) IN $follow)
                                              AND NOT type(links) IN $avoid]-{1,3}(other:Entity)
WITH centre, other, length(path) AS distance
// A walk out and back reaches the centre itself, which is neither reachable nor to be listed twice.
WHERE other IS NULL OR (distance <= $depth AND other <> centre)
WITH centre, other, distance
ORDER BY distance, other.id
WITH centre, collect(other)[..$limit] AS found, count(other) AS reachable
WITH [centre] + found AS kept, reachable
CALL (kept) {
  UNWIND kept AS node
  MATCH (node)-[link]->(neighbour)
  WHERE neighbour IN kept AND type(link) <> 'CITED_IN'
    AND ($follow IS NULL OR type(link) IN $follow) AND NOT type(link) IN $avoid
  RETURN collect({link: link, from: node.id, to: neighbour.id}) AS links
}
RETURN kept AS nodes, links, reachable
