// Find an account's history events quickly (every changes, alerts and --as-of reads them).
CREATE INDEX event_account IF NOT EXISTS FOR (n:Event) ON (n.account)
