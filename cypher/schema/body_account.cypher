// Find a Body's records by account quickly (reads, replaces and erasures are per account).
CREATE INDEX body_account IF NOT EXISTS FOR (n:Body) ON (n.account)
