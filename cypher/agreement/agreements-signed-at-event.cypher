// Agreements signed at an event, or at any event that was part of it (talks on a forum's sidelines).
MATCH (agreement:Agreement)-[:SIGNED_AT]->(:Event)-[:PART_OF*0..3]->(:Event {id: $eventId})
RETURN DISTINCT agreement.id AS id, agreement.title AS title, agreement.kind AS kind,
       agreement.valueAmount AS valueAmount, agreement.valueCurrency AS valueCurrency,
       agreement.valueBound AS valueBound, agreement.documentCount AS documentCount
ORDER BY id
