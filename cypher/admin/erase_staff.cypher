// Erase one of our staff completely, in every account they served: the node and every
// relationship, and clear them as the intermediary of information channels and as the
// assessor of stances. Returns the accounts they served.
MATCH (s:Staff {id: $staff})
CALL (s) {
  OPTIONAL MATCH (s)-[:SERVES]->(a:Account)
  RETURN collect(DISTINCT a.id) AS accounts
}
CALL () {
  MATCH ()-[i:INFORMS {via: $staff}]->()
  SET i.via = null
  RETURN count(i) AS channels
}
CALL () {
  MATCH ()-[t:STANCE {by: $staff}]->()
  SET t.by = null
  RETURN count(t) AS stances
}
DETACH DELETE s
RETURN accounts, channels, stances
