// The service's write check keeps a single node per id.
CREATE CONSTRAINT write_check_id IF NOT EXISTS
FOR (check:WriteCheck) REQUIRE check.id IS UNIQUE;
