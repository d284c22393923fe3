// Delete the listed staff and competitors that no account uses any more (no relationship
// left); those still linked to another account stay. Returns the ids deleted.
CALL () {
  UNWIND $staff AS id
  MATCH (s:Staff {id: id})
  WHERE NOT EXISTS { (s)--() }
  WITH s, s.id AS sid
  DELETE s
  RETURN collect(sid) AS staff
}
CALL () {
  UNWIND $competitors AS id
  MATCH (c:Competitor {id: id})
  WHERE NOT EXISTS { (c)--() }
  WITH c, c.id AS cid
  DELETE c
  RETURN collect(cid) AS competitors
}
RETURN staff, competitors
