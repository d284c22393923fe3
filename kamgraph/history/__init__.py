"""An account's life over time: revisions, dated events, the account on a past date,
what changed between two dates, closeness and plan reviews."""
