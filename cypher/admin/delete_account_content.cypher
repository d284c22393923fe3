// Delete everything that belongs to one account (people, departments, posts, opportunities,
// private details and all their relationships) and the account's competitor links,
// keeping the Account node itself and global nodes (staff, competitors).
MATCH (n)
WHERE (n:Person OR n:Department OR n:Post OR n:Opportunity OR n:PrivateDetails)
  AND n.account = $account
DETACH DELETE n
