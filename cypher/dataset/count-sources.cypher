MATCH (source:Source)
RETURN count(source) AS sources
