// Commodities that agreements cover, with those agreements (earliest first), counting only agreements that
// a country is party to or that concern it, signed at an event (or at an event that was part of it), or
// signed within a period, when those filters are given.
MATCH (agreement:Agreement)-[:COVERS]->(commodity:Commodity)
WHERE ($country IS NULL
       OR EXISTS { (:Country {id: $country})-[:PARTY_TO]->(agreement) }
       OR EXISTS { (agreement)-[:CONCERNS]->(:Country {id: $country}) })
  AND ($event IS NULL OR EXISTS { (agreement)-[:SIGNED_AT]->(:Event)-[:PART_OF*0..3]->(:Event {id: $event}) })
  AND ($from IS NULL OR agreement.dateTo >= $from)
  AND ($to IS NULL OR agreement.dateFrom <= $to)
WITH commodity, agreement
ORDER BY agreement.dateFrom, agreement.id
RETURN commodity, collect(agreement.id) AS agreements
