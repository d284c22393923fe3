// Find a Post's records by account quickly (reads, replaces and erasures are per account).
CREATE INDEX post_account IF NOT EXISTS FOR (n:Post) ON (n.account)
