// Create an account's departments.
UNWIND $rows AS r
CREATE (d:Department)
SET d = r.props, d.account = $account
