// Find a PrivateDetails's records by account quickly (reads, replaces and erasures are per account).
CREATE INDEX private_details_account IF NOT EXISTS FOR (n:PrivateDetails) ON (n.account)
