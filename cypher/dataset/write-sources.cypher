// Sources new or changed: their properties replaced as a whole (`properties` carries the id).
UNWIND $sources AS row
MERGE (source:Source {id: row.id})
SET source = row.properties
RETURN count(*) AS written
