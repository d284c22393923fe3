// The stored properties of some of our staff (to tell which an import changes).
MATCH (s:Staff)
WHERE s.id IN $ids
RETURN s.id AS id, properties(s) AS props
