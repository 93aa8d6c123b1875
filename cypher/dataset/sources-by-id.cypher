// The sources an import is about to write, as stored now.
UNWIND $ids AS id
MATCH (source:Source {id: id})
RETURN source.id AS id, properties(source) AS properties
