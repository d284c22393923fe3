// Our staff with the given ids.
UNWIND $ids AS id
MATCH (s:Staff {id: id})
RETURN properties(s) AS props
ORDER BY s.id
