// Who attended an event, and in which role.
MATCH (participant:Entity)-[attended:ATTENDED]->(:Event {id: $eventId})
RETURN participant.id AS id, coalesce(participant.name, participant.title) AS name, attended.role AS role
ORDER BY id
