// What a new citation of a source is checked against: its kind, and which paragraphs exist and count.
MATCH (source:Source {id: $id})
RETURN source.kind AS kind, source.paragraphs AS paragraphs, source.skippedParagraphs AS skipped
