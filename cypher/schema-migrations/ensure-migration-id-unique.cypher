CREATE CONSTRAINT schema_migration_id IF NOT EXISTS
FOR (migration:SchemaMigration) REQUIRE migration.id IS UNIQUE
