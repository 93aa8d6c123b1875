// A source named for the first time by a write. The id is unique (a constraint), so two writes that add the
// same source at once cannot both succeed.
CREATE (source:Source {id: $id})
SET source += $properties
