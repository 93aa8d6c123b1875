// Who held a post on a day: posts whose name contains $post (ignoring case), optionally in one body, where
// either the tenure (since .. until, open-ended when no end is known) or a source's attestation (as of a
// year, month or day) covers the day.
MATCH (holder:Person)-[held:HELD_POST]->(body:Entity)
WHERE toLower(held.post) CONTAINS toLower($post)
  AND ($body IS NULL OR body.id = $body)
  AND ((held.sinceFrom <= $on AND coalesce(held.untilTo >= $on, true))
       OR (held.asOfFrom <= $on AND held.asOfTo >= $on))
RETURN holder, held, body
