// Agreements signed at events an entity (a person, organisation or country) attended, or at events that
// were part of them (talks on a summit's sidelines), with the attended events each was signed at.
MATCH (:Entity {id: $attendee})-[:ATTENDED]->(attended:Event)
MATCH (agreement:Agreement)-[:SIGNED_AT]->(:Event)-[:PART_OF*0..3]->(attended)
WITH agreement, attended
ORDER BY attended.dateFrom, attended.id
RETURN agreement, collect(DISTINCT attended.id) AS events
