// The entity rests (also) on this source: the places cited join those already cited there. Ends the edit,
// so the lock marker set by entity-for-update goes.
MATCH (entity:Entity {id: $id}), (source:Source {id: $sourceId})
MERGE (entity)-[citation:CITED_IN]->(source)
SET citation.locators = reduce(all = coalesce(citation.locators, []), locator IN $locators |
      CASE WHEN locator IN all THEN all ELSE all + locator END)
REMOVE entity.lockedForWrite
RETURN entity
