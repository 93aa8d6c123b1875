// What a source says of an entity: the paragraphs (or sections) it is cited in, and the aliases it gives.
UNWIND $citations AS row
MATCH (entity:Entity {id: row.entity})
MATCH (source:Source {id: row.source})
MERGE (entity)-[citation:CITED_IN]->(source)
SET citation = row.properties
RETURN count(*) AS written
