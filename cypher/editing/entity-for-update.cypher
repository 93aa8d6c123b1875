// The entity an edit is about, locked for the rest of the transaction: setting a property takes the
// node's write lock, so a concurrent edit of the same entity waits here and then reads what this one wrote.
MATCH (entity:Entity {id: $id})
SET entity.lockedForWrite = true
RETURN entity
