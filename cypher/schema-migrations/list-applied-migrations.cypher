MATCH (migration:SchemaMigration)
RETURN migration.id AS id, migration.checksum AS checksum
ORDER BY id
