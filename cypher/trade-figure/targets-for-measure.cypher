// Targets for one measure with the countries and regions each concerns, keeping those that concern every
// party in $between.
MATCH (target:Target {measure: $measure})
WITH target, COLLECT { MATCH (target)-[:CONCERNS]->(party:Country|Region) RETURN DISTINCT party.id ORDER BY party.id } AS parties
WHERE all(required IN $between WHERE required IN parties)
RETURN target, parties
ORDER BY target.id
