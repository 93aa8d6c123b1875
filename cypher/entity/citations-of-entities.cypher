// The sources each entity is cited in, earliest first, with the paragraphs (articles) or sections
// (reference works) cited.
UNWIND $ids AS id
MATCH (:Entity {id: id})-[citation:CITED_IN]->(source:Source)
WITH id, source, citation
ORDER BY source.publishedFrom, source.id
RETURN id, source.id AS source, citation.locators AS locators
