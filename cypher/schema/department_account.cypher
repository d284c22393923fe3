// Find a Department's records by account quickly (reads, replaces and erasures are per account).
CREATE INDEX department_account IF NOT EXISTS FOR (n:Department) ON (n.account)
