// Every entity a source speaks of, with the paragraphs (or sections) it is cited in.
UNWIND $entities AS row
MERGE (entity:Entity {id: row.id})
SET entity:$(row.label), entity += row.properties
WITH entity, row
MATCH (source:Source {id: $sourceId})
MERGE (entity)-[citation:CITED_IN]->(source)
SET citation.locators = row.locators
