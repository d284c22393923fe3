// Change a person's own properties (title, level, the day they left); null removes one.
MATCH (p:Person {id: $person, account: $account})
SET p += $props
RETURN count(p) AS written
