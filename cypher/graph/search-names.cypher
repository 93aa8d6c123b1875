// Entities and sources whose name, title, description or any alias matches a full-text query (Lucene
// syntax, built by the service), best first, optionally only those with one of $labels.
CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node, score
