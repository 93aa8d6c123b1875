// For each of several nodes, one page of the entities linked to it by relationships of one type in one
// direction, and how many such links it has in all (Tokayev's events, an event's participants, ...).
//
// Rows are in the order of `position`: [date, name, id, relationship key], where the date is used only
// when $order is 'DATE' (the relationship's own date if it has one, such as when a post was held, else the
// entity's). A page is the rows past the cursor's position $after, at most $limit of them.
UNWIND $ids AS id
MATCH (parent {id: id})
WHERE parent:Entity OR parent:Source
CALL (parent) {
  MATCH (parent)-[link:$($type)]-(linked:$any($labels))
  WHERE (startNode(link) = parent) = $outgoing
  WITH link, linked, [
    CASE $order WHEN 'DATE' THEN coalesce(toString(coalesce(link.sinceFrom, link.asOfFrom, linked.dateFrom,
      linked.periodFrom, linked.deadlineFrom, linked.publishedFrom)), '') ELSE '' END,
    toLower(coalesce(linked.name, linked.title, linked.description, '')),
    linked.id,
    coalesce(link.key, '')
  ] AS position
  WHERE $after IS NULL OR CASE WHEN $descending THEN position < $after ELSE position > $after END
  WITH link, linked, position
  ORDER BY CASE WHEN $descending THEN null ELSE position END, CASE WHEN $descending THEN position END DESC
  LIMIT $limit
  RETURN collect({link: link, linked: linked, position: position}) AS page
}
RETURN id, page,
       COUNT { (parent)-[link:$($type)]-(:$any($labels)) WHERE (startNode(link) = parent) = $outgoing } AS totalCount
