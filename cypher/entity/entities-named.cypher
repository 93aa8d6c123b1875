// The entities each name refers to: its name or title, or any spelling the sources use ("Ma Xinzhui"
// finds Ma Xingrui), ignoring case.
UNWIND $names AS name
MATCH (entity:Entity)
WHERE toLower(coalesce(entity.name, entity.title, entity.description)) = toLower(name)
   OR any(alias IN entity.aliases WHERE toLower(alias) = toLower(name))
RETURN name, collect(entity.id) AS ids
