MERGE (source:Source {id: $source.id})
SET source += $source.properties
