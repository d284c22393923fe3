// Find a Person's records by account quickly (reads, replaces and erasures are per account).
CREATE INDEX person_account IF NOT EXISTS FOR (n:Person) ON (n.account)
