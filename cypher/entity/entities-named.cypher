// Entities whose name or title, or any spelling the sources use, is exactly the one asked (ignoring case).
MATCH (entity:Entity)
WHERE toLower(coalesce(entity.name, entity.title)) = toLower($name)
   OR any(alias IN entity.aliases WHERE toLower(alias) = toLower($name))
RETURN entity.id AS id, [label IN labels(entity) WHERE label <> 'Entity'][0] AS type,
       coalesce(entity.name, entity.title) AS name, entity.aliases AS aliases
ORDER BY id
