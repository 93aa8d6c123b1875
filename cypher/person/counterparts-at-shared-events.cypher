// Who attended the same events as an entity (within a period, when given), at which events, and how
// many: the counterparts it met.
MATCH (entity:Entity {id: $entity})-[:ATTENDED]->(event:Event)<-[:ATTENDED]-(counterpart:$any($labels))
WHERE counterpart <> entity
  AND ($from IS NULL OR event.dateTo >= $from)
  AND ($to IS NULL OR event.dateFrom <= $to)
WITH counterpart, event
ORDER BY event.dateFrom, event.id
RETURN counterpart, collect(DISTINCT event.id) AS events
