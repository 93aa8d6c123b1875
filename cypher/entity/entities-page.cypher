// One page of the entities of one type, narrowed by whichever filters are given (null: any):
//   $name         part of the name, title, description or any alias, ignoring case
//   $propertyIn   [{property, values}]: for example kind, status, category or measure among the values
//   $mode         a mode of transport the entity handles (border crossings: rail, road)
//   $from, $to    days that the entity's date, period, deadline or publication overlaps
//   $place        held, located or based in this place or in a place within it
//   $country      tied to this country: in it (as above), its nationals, figures and targets concerning it,
//                 agreements it is party to, routes it takes part in
//   $participant  events this entity attended
//   $event        agreements signed at this event or at an event that was part of it
// Rows are in the order of `position`, [date, name, id], the date used only when $order is 'DATE'; a page
// is the rows past the cursor's position $after, at most $limit of them.
MATCH (entity:$($label))
WHERE ($name IS NULL OR any(spelling IN [entity.name, entity.title, entity.description] + coalesce(entity.aliases, [])
                            WHERE toLower(spelling) CONTAINS toLower($name)))
  AND all(filter IN $propertyIn WHERE entity[filter.property] IN filter.values)
  AND ($mode IS NULL OR $mode IN entity.modes)
  AND ($from IS NULL OR coalesce(entity.dateTo, entity.periodTo, entity.deadlineTo, entity.publishedTo) >= $from)
  AND ($to IS NULL OR coalesce(entity.dateFrom, entity.periodFrom, entity.deadlineFrom, entity.publishedFrom) <= $to)
  AND ($place IS NULL
       OR EXISTS { (entity)-[:HELD_IN|LOCATED_IN|BASED_IN]->(:Entity)-[:LOCATED_IN*0..3]->(:Entity {id: $place}) })
  AND ($country IS NULL
       OR EXISTS { (entity)-[:HELD_IN|LOCATED_IN|BASED_IN|NATIONAL_OF|CONCERNS]->(:Entity)-[:LOCATED_IN*0..3]->(:Country {id: $country}) }
       OR EXISTS { (:Country {id: $country})-[:PARTY_TO|PARTICIPATES_IN]->(entity) })
  AND ($participant IS NULL OR EXISTS { (:Entity {id: $participant})-[:ATTENDED]->(entity) })
  AND ($event IS NULL OR EXISTS { (entity)-[:SIGNED_AT]->(:Event)-[:PART_OF*0..3]->(:Event {id: $event}) })
WITH entity, [
  CASE $order WHEN 'DATE' THEN coalesce(toString(coalesce(entity.dateFrom, entity.periodFrom, entity.deadlineFrom,
    entity.publishedFrom)), '') ELSE '' END,
  toLower(coalesce(entity.name, entity.title, entity.description, '')),
  entity.id
] AS position
WITH collect({entity: entity, position: position}) AS matches
CALL (matches) {
  UNWIND matches AS row
  WITH row
  WHERE $after IS NULL OR CASE WHEN $descending THEN row.position < $after ELSE row.position > $after END
  ORDER BY CASE WHEN $descending THEN null ELSE row.position END, CASE WHEN $descending THEN row.position END DESC
  LIMIT $limit
  RETURN collect(row) AS page
}
RETURN size(matches) AS totalCount, page
