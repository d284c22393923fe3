// Every record of one account in one row (no private details): one column per kind, named
// by the kind's plural, each {fields: [...], rows: [[...], ...]}. A row lists the fields in
// order; `props` is a node's stored properties. Fields are named, dates as YYYY-MM-DD text,
// rows are lists and not maps: one record of lists decodes several times faster through
// Bolt than thousands of records or maps (both engines), and one statement that finds the
// account's people once costs the engine less than a query per kind. No row: no account.
MATCH (a:Account {id: $account})
CALL (a) {
  RETURN {fields: ['props'], rows: [[properties(a)]]} AS accounts
}
CALL (a) {
  MATCH (c:Competitor)-[:COMPETES_FOR]->(a)
  RETURN {fields: ['props'], rows: collect([properties(c)])} AS competitors
}
CALL () {
  MATCH (d:Department {account: $account})
  OPTIONAL MATCH (d)-[:PART_OF]->(parent:Department)
  RETURN {fields: ['props', 'parent'], rows: collect([properties(d), parent.id])} AS departments
}
CALL () {
  MATCH (p:Post {account: $account})
  OPTIONAL MATCH (p)-[:PART_OF]->(d:Department)
  RETURN {fields: ['props', 'department'], rows: collect([properties(p), d.id])} AS posts
}
CALL (a) {
  MATCH (s:Staff)-[:SERVES]->(a)
  RETURN {fields: ['props'], rows: collect([properties(s)])} AS staff
}
CALL () {
  MATCH (o:Opportunity {account: $account})
  OPTIONAL MATCH (c:Competitor)-[:COMPETES_IN]->(o)
  WITH o, c ORDER BY c.id
  WITH o, collect(c.id) AS bidders
  RETURN {fields: ['props', 'competitors'],
          rows: collect([properties(o), bidders])} AS opportunities
}
CALL () {
  MATCH (b:Body {account: $account})
  OPTIONAL MATCH (b)-[:DECIDES]->(o:Opportunity)
  OPTIONAL MATCH (p:Person)-[s:SITS_ON]->(b)
  WITH b, o, p, s ORDER BY p.id
  WITH b, o, collect(p.id) AS members,
       [x IN collect(CASE WHEN s.chair THEN p.id END) WHERE x IS NOT NULL][0] AS chair
  RETURN {fields: ['props', 'opportunity', 'members', 'chair'],
          rows: collect([properties(b), o.id, members, chair])} AS bodies
}
// the people, found once; then each kind of tie of theirs
CALL () {
  MATCH (p:Person {account: $account})
  RETURN collect(p) AS ps
}
CALL (ps) {
  UNWIND ps AS p
  OPTIONAL MATCH (p)-[:MEMBER_OF]->(d:Department)
  OPTIONAL MATCH (p)-[h:HOLDS {current: true}]->(post:Post)
  RETURN {fields: ['props', 'department', 'post', 'post_since'],
          rows: collect([properties(p), d.id, post.id, toString(h.since)])} AS people
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[h:HOLDS]->(post:Post)
  WHERE h.current = false
  RETURN {fields: ['person', 'post', 'since', 'until'],
          rows: collect([p.id, post.id, toString(h.since), toString(h.until)])} AS positions
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[:REPORTS_TO]->(m:Person)
  RETURN {fields: ['person', 'manager'], rows: collect([p.id, m.id])} AS reports_to
}
CALL (ps) {
  UNWIND ps AS s
  MATCH (s)-[i:INFLUENCES]->(t:Person)
  RETURN {fields: ['source', 'target', 'strength', 'basis', 'visibility'],
          rows: collect([s.id, t.id, i.strength, i.basis, i.visibility])} AS influences
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[r:HAS_ROLE]->(o:Opportunity)
  RETURN {fields: ['opportunity', 'person', 'role'],
          rows: collect([o.id, p.id, r.role])} AS roles
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)-[s:STANCE]->(:Account)
  RETURN {fields: ['person', 'toward', 'value', 'scale', 'on', 'by', 'evidence', 'raw'],
          rows: collect([p.id, s.toward, s.value, s.scale, toString(s.on), s.by, s.evidence,
                         s.raw])} AS stances
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)<-[o:OWNS]-(s:Staff)
  RETURN {fields: ['staff', 'person', 'role', 'since'],
          rows: collect([s.id, p.id, o.role, toString(o.since)])} AS owns
}
CALL (ps) {
  UNWIND ps AS t
  MATCH (t)<-[k:KNOWS]-(s)
  RETURN {fields: ['source', 'target', 'strength', 'circle', 'since'],
          rows: collect([s.id, t.id, k.strength, k.circle, toString(k.since)])} AS knows
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)<-[x:SPONSORS]-(s:Staff)
  RETURN {fields: ['staff', 'person', 'since'],
          rows: collect([s.id, p.id, toString(x.since)])} AS sponsors
}
CALL (ps) {
  UNWIND ps AS t
  MATCH (t)<-[i:INFORMS]-(s)
  RETURN {fields: ['source', 'target', 'via', 'reliability', 'since'],
          rows: collect([s.id, t.id, i.via, i.reliability, toString(i.since)])} AS informs
}
CALL (ps) {
  UNWIND ps AS p
  MATCH (p)<-[i:INTERACTED]-(s:Staff)
  RETURN {fields: ['id', 'staff', 'person', 'on', 'kind', 'depth', 'summary', 'next_step',
                   'next_on', 'initiative'],
          rows: collect([i.id, s.id, p.id, toString(i.on), i.kind, i.depth, i.summary,
                         i.next_step, toString(i.next_on), i.initiative])} AS interactions
}
RETURN accounts, competitors, departments, posts, people, staff, opportunities, positions,
       reports_to, influences, roles, stances, owns, knows, sponsors, informs, bodies,
       interactions
