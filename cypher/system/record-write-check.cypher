// Counts one more successful write on the service's single write-check node.
MERGE (check:WriteCheck {id: $id})
SET check.count = coalesce(check.count, 0) + 1,
    check.lastCheckedAt = datetime()
