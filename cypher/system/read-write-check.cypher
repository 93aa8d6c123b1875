MATCH (check:WriteCheck {id: $id})
RETURN check.count AS count, check.lastCheckedAt AS lastCheckedAt
