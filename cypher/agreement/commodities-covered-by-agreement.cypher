MATCH (:Agreement {id: $agreementId})-[:COVERS]->(commodity:Commodity)
RETURN commodity.id AS id, commodity.name AS name, commodity.hsCodes AS hsCodes
ORDER BY id
