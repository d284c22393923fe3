// Find a Opportunity's records by account quickly (reads, replaces and erasures are per account).
CREATE INDEX opportunity_account IF NOT EXISTS FOR (n:Opportunity) ON (n.account)
