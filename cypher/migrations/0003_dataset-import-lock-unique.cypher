// One lock node for imports: with the constraint, two first imports at once cannot MERGE two of them.
CREATE CONSTRAINT dataset_import_lock_id IF NOT EXISTS
FOR (lock:DatasetImportLock) REQUIRE lock.id IS UNIQUE;
