// Citations of entities that a re-imported source no longer lists.
UNWIND $citations AS row
MATCH (:Entity {id: row.entity})-[citation:CITED_IN]->(:Source {id: row.source})
DELETE citation
RETURN count(*) AS written
