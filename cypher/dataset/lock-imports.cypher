// One import writes at a time, and not while an edit or a link of the entities it writes is in flight: it
// takes the write lock of this node and of those entities (held until it commits, as edits and links take
// them) before it reads again what it will change.
MERGE (lock:DatasetImportLock {id: 'dataset-import'})
SET lock.lockedAt = datetime()
WITH lock
UNWIND $ids AS id
MATCH (entity:Entity {id: id})
SET entity.lockedForWrite = true
REMOVE entity.lockedForWrite
RETURN count(*) AS locked
