// Create or update our staff (global to the store); their properties are replaced.
UNWIND $rows AS r
MERGE (s:Staff {id: r.id})
SET s = r.props
