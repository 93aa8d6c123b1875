// The shortest paths between two entities, along the domain's relationships only (never through the
// sources they cite), following only $follow types when given and never $avoid types; none longer than
// $maxLength. The pattern's own bound (8) is the API's hard limit on path length.
MATCH (from:Entity {id: $from}), (to:Entity {id: $to})
MATCH path = allShortestPaths((from)-[*..8]-(to))
WHERE all(link IN relationships(path) WHERE type(link) <> 'CITED_IN'
          AND ($follow IS NULL OR type(link) IN $follow)
          AND NOT type(link) IN $avoid)
// The length is checked after the search, not in its WHERE: Neo4j cannot check a path's length while
// searching, and when the shortest paths fail such a predicate it falls back to trying every path of up to
// 8 steps, which took over a minute on this graph.
WITH path
WHERE length(path) <= $maxLength
RETURN nodes(path) AS nodes,
       [link IN relationships(path) | {link: link, from: startNode(link).id, to: endNode(link).id}] AS links
LIMIT $limit
