CREATE (:SchemaMigration {id: $id, checksum: $checksum, appliedAt: datetime()})
